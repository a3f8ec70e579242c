/** The in-page toolbar's width, in CSS pixels (the frame and its panel). */
export const TOOLBAR_WIDTH = 266;
/** Its height until the frame reports what its panel needs. */
export const TOOLBAR_HEIGHT = 92;
