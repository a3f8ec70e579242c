/** WebDAV address shapes of the services readers use most. */
export type PresetName = 'jianguoyun' | 'nextcloud';

export function presetUrl(name: PresetName, user: string, currentUrl: string): string {
  if (name === 'jianguoyun') return 'https://dav.jianguoyun.com/dav/';
  let host = 'cloud.example.com';
  try {
    const url = new URL(currentUrl);
    if (url.hostname && !url.hostname.endsWith('jianguoyun.com')) host = url.host;
  } catch {
    // no address yet: a placeholder host the reader replaces
  }
  return `https://${host}/remote.php/dav/files/${encodeURIComponent(user || 'USER')}/`;
}
