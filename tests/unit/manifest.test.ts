// The built manifests (`npm run zip` or `npm run build && npm run build:firefox` first) ask for no
// more than the features need, and name the browser versions those features need.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_COLLECTION_TYPES,
  HOST_PERMISSIONS,
  KEYS,
  MINIMUM_VERSIONS,
  NOT_NEEDED,
  PERMISSIONS,
  type Manifest,
  type Target,
} from './manifest-rules';

const BUILDS: Record<Target, string> = {
  chrome: '.output/chrome-mv3',
  firefox: '.output/firefox-mv2',
};

function readManifest(target: Target): Manifest {
  const path = join(BUILDS[target], 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The extension's own source text (what the permissions are for). */
function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) files.push(path);
    }
  };
  ['entrypoints', 'utils', 'components'].forEach(walk);
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

const source = sourceText();
const byPermission = new Map(PERMISSIONS.map((rule) => [rule.permission, rule]));

function required(target: Target, manifest: Manifest): number | undefined {
  const versions = MINIMUM_VERSIONS.filter((rule) => rule.used(manifest, source))
    .map((rule) => rule[target])
    .filter((v): v is number => v !== undefined);
  return versions.length ? Math.max(...versions) : undefined;
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (target) => {
  const manifest = readManifest(target);
  // Manifest V2 lists host permissions among the permissions.
  const listed = manifest.permissions ?? [];
  const apiPermissions = listed.filter((p) => !p.includes('://'));
  const hosts = [...(manifest.host_permissions ?? []), ...listed.filter((p) => p.includes('://'))];

  it('asks only for permissions a feature needs, and uses each', () => {
    for (const permission of apiPermissions) {
      const rule = byPermission.get(permission);
      expect(rule, `"${permission}" has no row in PERMISSIONS`).toBeDefined();
      expect(source, `"${permission}" is asked for but ${rule!.uses} is not used`).toMatch(
        rule!.uses,
      );
    }
    for (const [permission, why] of Object.entries(NOT_NEEDED))
      expect(apiPermissions, `${permission}: ${why}`).not.toContain(permission);
  });

  it('runs no content script on any page: the background injects where there is work', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(KEYS.content_scripts).toBeUndefined(); // a content script would have no row
    // What the background injects is in the build (the checker and the annotator).
    expect(source).toMatch(/\.scripting\.executeScript\(/);
  });

  it('asks for http(s) hosts only, each with its reason', () => {
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      expect(HOST_PERMISSIONS[host], `host "${host}" has no row`).toBeDefined();
      expect(host).toMatch(/^https?:\/\/\*\/\*$/);
    }
    expect(hosts.sort()).toEqual(Object.keys(HOST_PERMISSIONS).sort());
  });

  it('has only keys with a known purpose', () => {
    for (const key of Object.keys(manifest))
      expect(KEYS[key], `manifest key "${key}" has no row in KEYS`).toBeDefined();
  });

  it('names the lowest browser version its features need', () => {
    const needed = required(target, manifest);
    expect(needed).toBeDefined();
    if (target === 'chrome') {
      expect(manifest.minimum_chrome_version).toBe(String(needed));
    } else {
      expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toBe(`${needed}.0`);
    }
  });
});

describe('the Chrome manifest', () => {
  const manifest = readManifest('chrome');
  it('is Manifest V3 with no Firefox settings', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});

describe('the Firefox manifest', () => {
  const manifest = readManifest('firefox');
  const gecko = manifest.browser_specific_settings?.gecko;

  it('names its add-on id, so its data and shortcuts survive updates', () => {
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });

  it('declares what data it collects (none, or known types)', () => {
    const requiredTypes = gecko?.data_collection_permissions?.required ?? [];
    expect(requiredTypes.length).toBeGreaterThan(0);
    for (const type of requiredTypes) expect(DATA_COLLECTION_TYPES).toContain(type);
    if (requiredTypes.includes('none')) expect(requiredTypes).toEqual(['none']);
  });
});

describe('the version rules', () => {
  it('see the Custom Highlight API in the source (a rule that can match)', () => {
    expect(required('firefox', readManifest('firefox'))).toBeGreaterThanOrEqual(140);
    expect(MINIMUM_VERSIONS[0]!.used({ manifest_version: 3 }, 'CSS.highlights.set(')).toBe(true);
    expect(MINIMUM_VERSIONS[0]!.used({ manifest_version: 3 }, 'document.body')).toBe(false);
  });

  it('see the side panel opened from the frame (Chrome 116)', () => {
    const rule = MINIMUM_VERSIONS.find((r) => r.feature.startsWith('sidePanel.open'))!;
    expect(rule.used({ manifest_version: 3 }, source)).toBe(true);
    expect(rule.used({ manifest_version: 3 }, 'chrome.sidePanel.setOptions(')).toBe(false);
    expect(required('chrome', readManifest('chrome'))).toBeGreaterThanOrEqual(116);
  });
});
