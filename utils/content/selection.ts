/** Where selections never offer highlighting: form fields and editable content. */
function isEditable(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  if (!el) return false;
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * The reader's current selection as a Range worth highlighting, or null: empty or whitespace-only
 * selections, selections inside inputs or editable fields, and selections inside `exclude` (the
 * extension's own UI) are ignored.
 */
export function highlightableRange(
  selection: Selection | null,
  exclude?: Node | null,
): Range | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.toString().trim()) return null;
  if (isEditable(range.startContainer) || isEditable(range.endContainer)) return null;
  if (exclude && (exclude.contains(range.startContainer) || exclude.contains(range.endContainer))) {
    return null;
  }
  return range.cloneRange();
}
