// Story files: written as readable JSON, offered as a download without a server.
import type { Story } from './schema.ts';

export function storyJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

export function storyFileName(story: Story): string {
  return `${story.id}.json`;
}

/** Saves the story as a file (browser only). */
export function downloadStory(story: Story): void {
  downloadText(storyFileName(story), storyJson(story));
}

/** Offers a text as a JSON file (browser only). */
export function downloadText(name: string, text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
