import { describe, expect, it } from 'vitest';
import { LOCALES, readMessages, translatorFor, type Locale, type Message } from './messages';

const messages = Object.fromEntries(LOCALES.map((l) => [l, readMessages(l)])) as Record<
  Locale,
  Record<string, Message>
>;
const keys = (locale: Locale) => Object.keys(messages[locale]).sort();

/** The `$NAME$`s a message uses, upper-cased as Chrome compares them. */
const used = (m: Message) =>
  [
    ...new Set([...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toUpperCase())),
  ].sort();
const defined = (m: Message) =>
  Object.entries(m.placeholders ?? {})
    .map(([name, p]) => `${name.toUpperCase()}=${p.content}`)
    .sort();

/** Letters only the simplified script has (their traditional forms differ). */
const SIMPLIFIED_ONLY =
  /[这说个们为时设导储择关开显链连标签页击读写删输选项错误数据库扩记后来过还没进里动务态网络简体发现应该实现将从与对当问题无请载视释条样间档识别类书图标于]/u;
/** Letters only the traditional script has. */
const TRADITIONAL_ONLY =
  /[這說個們為時設導儲擇關開顯鏈連標籤頁擊讀寫刪輸選項錯誤數據庫擴記後來過還沒進裡動務態網絡簡體發現應該實現將從與對當問題無請載視釋條樣間檔識別類書圖於]/u;
/** A run of three ASCII words: English left in a Chinese message. */
const ENGLISH_RUN = /[A-Za-z]+(?:[\s,.'’-]+[A-Za-z]+){2,}/;
/** Proper names that are the same in every language. */
const NAMES = ['W3C Web Annotation'];

describe('the locales', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of en', (locale) => {
    const missing = keys('en').filter((k) => !(k in messages[locale]));
    const extra = keys(locale).filter((k) => !(k in messages.en));
    expect(
      { missing, extra },
      `add the missing keys to public/_locales/${locale}/messages.json`,
    ).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(LOCALES)('%s defines every placeholder it uses, as en does', (locale) => {
    const wrong = Object.entries(messages[locale]).flatMap(([key, m]) => {
      const en = messages.en[key];
      const problems: string[] = [];
      const names = defined(m).map((d) => d.split('=')[0]);
      for (const name of used(m))
        if (!names.includes(name)) problems.push(`${key}: $${name}$ undefined`);
      if (en && defined(en).join() !== defined(m).join())
        problems.push(`${key}: placeholders differ from en`);
      if (en && used(en).join() !== used(m).join())
        problems.push(`${key}: uses ${used(m)} where en uses ${used(en)}`);
      if (m.message.trim() === '' && key !== 'mdListSeparator') problems.push(`${key}: empty`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('writes Simplified Chinese in zh_CN and Traditional Chinese in zh_TW', () => {
    const mixed = (locale: Locale, wrong: RegExp) =>
      Object.entries(messages[locale])
        .filter(([, m]) => wrong.test(m.message))
        .map(([key, m]) => `${key}: ${m.message} (${m.message.match(wrong)?.[0]})`);
    expect(mixed('zh_TW', SIMPLIFIED_ONLY)).toEqual([]);
    expect(mixed('zh_CN', TRADITIONAL_ONLY)).toEqual([]);
  });

  it('leaves no English sentence in the Chinese locales', () => {
    for (const locale of ['zh_CN', 'zh_TW'] as const) {
      const english = Object.entries(messages[locale])
        .map(([key, m]) => [
          key,
          NAMES.reduce((text, name) => text.replaceAll(name, ''), m.message),
        ])
        .filter(([, text]) => ENGLISH_RUN.test(text!));
      expect(english, locale).toEqual([]);
    }
    // Positive control: the same check finds English in en.
    expect(ENGLISH_RUN.test(messages.en.errDbQuota!.message)).toBe(true);
  });

  it('uses the same words for the same thing: Read later is never "favourited"', () => {
    const later = { en: 'Read later', zh_CN: '稍后阅读', zh_TW: '稍後閱讀' };
    for (const locale of LOCALES) {
      const t = translatorFor(locale);
      expect(t('keptForLater')).toContain(later[locale]);
      expect(t('tabLater', 1)).toContain(later[locale]);
      expect(t('mdReadLater')).toContain(later[locale]);
    }
    expect(translatorFor('zh_CN')('keptForLater')).not.toContain('收藏');
    expect(translatorFor('en')('fromArticles', 1)).toBe('From saved articles: 1');
  });

  it('substitutes as the browser does', () => {
    expect(translatorFor('en')('importAtArticle', [18, 'Title'])).toBe('Article 18 (“Title”)');
    expect(() => translatorFor('en')('noSuchKey' as never)).toThrow(/no message noSuchKey/);
  });
});
