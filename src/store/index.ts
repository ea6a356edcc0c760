// The store's front door: what the commands need of the case repository on disk, in one module.
// The commands import the store only from here (scripts/house.js counts the ones that do not);
// the services that load more than a reading command needs – sync, conflicts, history, case
// numbers – commands reach through app/, which imports them where it needs them,
// so that `spis due` and `spis show` load no more than they did.
export { openRepo, findRepoRoot, readConfig, CLIENTS_DIR, CONFIG_FILE, type Repo } from './repo.js';
export {
  assertCaseId,
  assertWritable,
  contactNamer,
  emptyCase,
  loadCase,
  loadCaseForEdit,
  listCaseDirs,
  newContactFileName,
  soundCase,
  type SoundCase,
} from './case-store.js';
export {
  assertNewFolder,
  commitFiles,
  removeEditorTempDir,
  deadLeftovers,
  noteLeftovers,
  TOP_LEVEL_DIRS,
  writeNewFolder,
  type FileChange,
} from './atomic.js';
export { logAccess } from './access-log.js';
export { problemAtKey } from './yaml-file.js';
export { isOwnWorkTree } from './git.js';
export { FORMAT, formatOf, hasSchemas, staleSchemas } from './upgrade.js';
export { DISPOSAL_DIR, readDisposals, type StoredDisposal } from './disposal.js';
