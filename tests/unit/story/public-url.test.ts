import { beforeAll, describe, expect, it } from 'vitest';
import { buildPublicUrl, publicBase } from '../../../src/lib/story/public-url.ts';
import { parseStory, type StoryContext } from '../../../src/lib/story/validate.ts';
import { formatIssue } from '../../../src/lib/story/issues.ts';
import { stepLink } from '../../../src/lib/story/view.ts';
import { loadContext, shippedStory } from './context.ts';

const laptop = { origin: 'http://localhost:4173', pathname: '/' };

describe('address behind the QR codes: story setting > build option > page address', () => {
  it('takes the story file setting first, then the build option, then the page address', () => {
    expect(publicBase('https://kongress.example.de/atlas/', 'https://atlas.example.de/', laptop)).toBe(
      'https://kongress.example.de/atlas/',
    );
    expect(publicBase(undefined, 'https://atlas.example.de/', laptop)).toBe('https://atlas.example.de/');
    expect(publicBase(undefined, '', laptop)).toBe('http://localhost:4173/');
    expect(publicBase('', '', { origin: 'https://x.example', pathname: '/hessen/index.html' })).toBe('https://x.example/hessen/index.html');
  });

  it('a host without a path gets "/" before the view query', () => {
    expect(publicBase(undefined, 'https://atlas.example.de', laptop)).toBe('https://atlas.example.de/');
  });

  it('the build option: empty is "not set", a wrong address stops the build with a clear message', () => {
    expect(buildPublicUrl(undefined)).toBe('');
    expect(buildPublicUrl('  ')).toBe('');
    expect(buildPublicUrl(' https://atlas.example.de/ ')).toBe('https://atlas.example.de/');
    expect(() => buildPublicUrl('atlas.example.de')).toThrow(/ATLAS_PUBLIC_URL „atlas\.example\.de“ ist keine öffentliche Adresse/);
    expect(() => buildPublicUrl('https://atlas.example.de/?x=1')).toThrow(/ohne \? und #/);
    expect(() => buildPublicUrl('ftp://atlas.example.de/')).toThrow(/http:\/\/ oder https:\/\//);
  });
});

describe('story file field "publicUrl"', () => {
  let ctx: StoryContext;
  beforeAll(() => {
    ctx = loadContext();
  });

  it('is optional and, when given, reaches the step links', () => {
    const plain = parseStory(shippedStory(), ctx);
    expect(plain.ok && plain.story.publicUrl).toBe(undefined);
    const r = parseStory({ ...(shippedStory() as object), publicUrl: 'https://kongress.example.de/atlas/' }, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const base = publicBase(r.story.publicUrl, '', laptop);
    expect(stepLink(r.story.steps[2]!.view, ctx.catalogue, 'de', base)).toBe(
      'https://kongress.example.de/atlas/?i=bb_alle_1000&k=manual&g=20%7E40%7E60%7E80',
    );
  });

  it('a wrong address is named in plain words, in both languages', () => {
    for (const bad of ['localhost:4173', 'https://atlas.example.de/#x', 'javascript:alert(1)', 42]) {
      const r = parseStory({ ...(shippedStory() as object), publicUrl: bad }, ctx);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const de = r.issues.map((i) => formatIssue(i, 'de'));
      const en = r.issues.map((i) => formatIssue(i, 'en'));
      expect(de.join(' ')).toMatch(/öffentliche Adresse/);
      expect(en.join(' ')).toMatch(/public address/);
    }
  });
});
