// Imported first by every page entry: zod compiles object schemas with `new Function` unless told
// not to, and the pages' Content-Security-Policy allows no eval. Must run before any schema exists.
import { z } from 'zod';

z.config({ jitless: true });
