// Why the extension asks for each permission, manifest key and minimum browser version. The
// manifest test holds every built manifest to these tables: a permission or key without a row here
// fails it. Add a row (with the feature that needs it) when a feature needs more.

export type Target = 'chrome' | 'firefox';

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: ({ use_dynamic_url?: boolean } | string)[];
  minimum_chrome_version?: string;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
  };
  [key: string]: unknown;
}

export interface PermissionRule {
  permission: string;
  feature: string;
  /** How the source uses the API the permission opens: a permission nobody uses is not kept. */
  uses: RegExp;
}

export const PERMISSIONS: PermissionRule[] = [
  {
    permission: 'scripting',
    feature:
      'the page scripts (checker, annotator) are injected only into pages with work for them',
    uses: /\.scripting\.executeScript\(/,
  },
  {
    permission: 'contextMenus',
    feature: '"Save page" and "Highlight selection" in the context menu',
    uses: /\.contextMenus\.create\(/,
  },
  {
    permission: 'sidePanel',
    feature: 'the side panel beside the article (Chrome)',
    uses: /\.sidePanel\./,
  },
  {
    permission: 'storage',
    feature: 'settings kept by the extension (sync settings)',
    uses: /\.storage\.(local|session|sync)\b/,
  },
  {
    permission: 'alarms',
    feature: 'sync runs again on a schedule',
    uses: /\.alarms\.create\(/,
  },
];

/** Permissions that must not be asked for, and why. */
export const NOT_NEEDED: Record<string, string> = {
  activeTab: 'the http(s) host permissions already reach the tab the reader acts on',
  tabs: 'tab URLs of http(s) pages are visible through the host permissions',
  downloads: 'exports are offered through <a download>',
};

/**
 * Host permissions: the background reads the address and title of tabs showing http(s) pages (to
 * decide which pages have work) and injects the page scripts there. No content script is declared.
 */
export const HOST_PERMISSIONS: Record<string, string> = {
  'http://*/*': 'the background reads http tabs’ addresses and titles and injects the page scripts',
  'https://*/*':
    'the background reads https tabs’ addresses and titles and injects the page scripts',
};

/** Top-level manifest keys and what each is for. */
export const KEYS: Record<string, string> = {
  manifest_version: 'Manifest V3 for Chrome, V2 for Firefox',
  name: 'localized name',
  description: 'localized description',
  version: 'from package.json',
  icons: 'toolbar and store icons',
  default_locale: 'English, with zh_CN beside it',
  permissions: 'see PERMISSIONS',
  host_permissions: 'see HOST_PERMISSIONS (Manifest V3)',
  optional_host_permissions: 'a server the reader names for sync, asked for when it is set',
  optional_permissions: 'asked for when the reader turns a feature on (Manifest V2)',
  commands: 'keyboard shortcuts',
  background: 'the background that owns the data',
  action: 'toolbar button and popup (Manifest V3)',
  browser_action: 'toolbar button and popup (Manifest V2)',
  web_accessible_resources: 'the in-page extension frame',
  side_panel: 'the side panel (Chrome)',
  sidebar_action: 'the side panel (Firefox)',
  options_ui: 'the options page',
  minimum_chrome_version: 'see MINIMUM_VERSIONS',
  browser_specific_settings: 'Firefox add-on id, minimum version, data collection',
  content_security_policy: 'extension pages stay script-src self',
};

export interface VersionRule {
  feature: string;
  chrome?: number;
  firefox?: number;
  /** Whether the build uses the feature (its manifest, or the extension's source text). */
  used: (manifest: Manifest, source: string) => boolean;
}

/** What sets the lowest browser version the extension can run in (versions checked in each vendor's docs and compat data). */
export const MINIMUM_VERSIONS: VersionRule[] = [
  {
    feature: 'CSS Custom Highlight API: highlights painted without changing the page',
    chrome: 105,
    firefox: 140,
    used: (_m, source) => /\.highlights\b/.test(source),
  },
  {
    feature: 'chrome.sidePanel and the side_panel key',
    chrome: 114,
    used: (m) => 'side_panel' in m,
  },
  {
    feature: 'sidePanel.open, called from the in-page frame’s click (Note)',
    chrome: 116,
    used: (_m, source) => /sidePanel\??\.open\(/.test(source),
  },
  {
    feature: 'web_accessible_resources with use_dynamic_url (enforced from Chrome 130)',
    chrome: 130,
    used: (m) =>
      (m.web_accessible_resources ?? []).some((r) => typeof r === 'object' && r.use_dynamic_url),
  },
  {
    // 140 on desktop, 142 on Android; `gecko` settings apply to both.
    feature: 'gecko.data_collection_permissions',
    firefox: 142,
    used: (m) => m.browser_specific_settings?.gecko?.data_collection_permissions !== undefined,
  },
];

/** The data types Firefox knows for data_collection_permissions.required. */
export const DATA_COLLECTION_TYPES = [
  'none',
  'authenticationInfo',
  'bookmarksInfo',
  'browsingActivity',
  'financialAndPaymentInfo',
  'healthInfo',
  'locationInfo',
  'personalCommunications',
  'personallyIdentifyingInfo',
  'searchTerms',
  'websiteActivity',
  'websiteContent',
];
