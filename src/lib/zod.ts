// The one way the app imports zod. zod compiles object schemas with `new Function` unless told
// not to, and the pages' Content-Security-Policy allows no eval. Configuring it here, in the module
// every schema file imports, runs before any schema exists whatever order the bundler puts the
// chunks in (an import at the top of the entry did not: its code was evaluated after zod's chunk).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
