export function chromiumPath(): string;
export function extensionArgs(extensionPath: string): string[];
export const AUTOMATION_ARGS: string[];
