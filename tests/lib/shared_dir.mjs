// Where the public conformance programs are: DP_SHARED_DIR/conformance. DP_SHARED_DIR defaults to
// the `shared` directory beside the clone, as CMake's DP_SHARED_DIR does (CMakeLists.txt); set it
// in the environment when the clone lives elsewhere (a git worktree, CI).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const sharedDir = process.env.DP_SHARED_DIR ? path.resolve(process.env.DP_SHARED_DIR)
  : path.resolve(root, '../shared');
export const conformanceDir = path.join(sharedDir, 'conformance');
