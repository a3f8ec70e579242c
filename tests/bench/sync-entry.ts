/**
 * The sync engine for the request-count bench (tests/bench/sync-requests.mjs), bundled for Node by
 * `syncBundle()`: the same code the extension runs, over an in-memory library.
 */
import '../../utils/zod-config';

export { syncOnce } from '../../utils/sync/engine';
export { webdavRemote } from '../../utils/sync/webdav-remote';
export { MemoryLocal, MemoryState } from '../unit/sync/memory-local';
