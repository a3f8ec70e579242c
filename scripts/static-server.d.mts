export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}
export function startStaticServer(root: string, port?: number): Promise<StaticServer>;
