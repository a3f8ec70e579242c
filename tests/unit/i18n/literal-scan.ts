import ts from 'typescript';

/*
 * Finds text a reader would see that is written into a component instead of coming from `t()`:
 * JSX text, and string literals that end up rendered (JSX children, the branches of `?:`, `&&`,
 * `||`, `??`, template literals) or in attributes the browser shows or reads aloud.
 */

/** Attributes whose value the reader sees or hears. */
export const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'alt',
  'placeholder',
  'label',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
]);

/**
 * Text with letters that is the same in every language: names of file formats. Everything
 * without a letter (`×`, `·`, `✓`, `→`, digits) is language-free and never reported.
 */
export const LANGUAGE_FREE = new Set(['JSON', 'JSON-LD', 'Markdown', 'MD']);

const HAS_LETTER = /\p{L}/u;

export interface Literal {
  file: string;
  line: number;
  column: number;
  text: string;
  /** `text` for JSX text, `{…}` for a rendered expression, or the attribute's name. */
  where: string;
}

function isUserText(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return HAS_LETTER.test(trimmed) && !LANGUAGE_FREE.has(trimmed);
}

/** The string literals of `expr` that are rendered as they are (not call arguments, not compared). */
function renderedStrings(expr: ts.Expression, out: ts.Node[]): void {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) out.push(expr);
  else if (ts.isTemplateExpression(expr)) {
    out.push(expr.head, ...expr.templateSpans.map((s) => s.literal));
    for (const span of expr.templateSpans) renderedStrings(span.expression, out);
  } else if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) {
    renderedStrings(expr.expression, out);
  } else if (ts.isConditionalExpression(expr)) {
    renderedStrings(expr.whenTrue, out);
    renderedStrings(expr.whenFalse, out);
  } else if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) renderedStrings(expr.right, out);
    else if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      renderedStrings(expr.left, out);
      renderedStrings(expr.right, out);
    }
  }
}

const literalText = (node: ts.Node): string =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : (node as ts.TemplateLiteralLikeNode).text;

/** Every literal user-visible string in the TSX source `text` of `file`. */
export function findLiterals(file: string, text: string): Literal[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, value: string, where: string) => {
    if (!isUserText(value)) return;
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, column: character + 1, text: value.trim(), where });
  };
  const reportExpression = (expr: ts.Expression, where: string) => {
    const nodes: ts.Node[] = [];
    renderedStrings(expr, nodes);
    for (const node of nodes) report(node, literalText(node), where);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, 'text');
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      reportExpression(node.expression, '{…}');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      const init = node.initializer;
      if (VISIBLE_ATTRIBUTES.has(name) && init) {
        if (ts.isStringLiteral(init)) report(init, init.text, name);
        else if (ts.isJsxExpression(init) && init.expression)
          reportExpression(init.expression, name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** One line per literal, pointing at it and saying how to fix it. */
export function describeLiterals(literals: Literal[]): string {
  return literals
    .map(
      (l) =>
        `${l.file}:${l.line}:${l.column}: literal ${JSON.stringify(l.text)} (${l.where}). ` +
        "Add a key to public/_locales/{en,zh_CN,zh_TW}/messages.json and render t('yourKey') " +
        '(or pass the words in as a prop).',
    )
    .join('\n');
}
