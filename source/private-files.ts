import {chmodSync, mkdirSync, statSync} from 'node:fs';
import {chmod, mkdir, stat} from 'node:fs/promises';
import {basename} from 'node:path';

/**
 * Every file aws-cost writes holds account ids, principals or costs: only
 * its owner may read it. Directories it creates are the owner's alone too.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const appDirectoryName = 'aws-cost';
/** POSIX modes mean little on Windows, and chmod there can only toggle read-only. */
const modesApply = process.platform !== 'win32';

/**
 * Creates `directory` (and missing parents) private, or tightens it when it
 * is the app's own (named `aws-cost`). A directory the user named otherwise
 * (`AWS_COST_CACHE_DIR=/shared`) keeps its mode: the files in it are private.
 */
export async function ensurePrivateDirectory(directory: string): Promise<void> {
	await mkdir(directory, {recursive: true, mode: PRIVATE_DIR_MODE});
	if (basename(directory) === appDirectoryName) await tighten(directory, PRIVATE_DIR_MODE);
}

export function ensurePrivateDirectorySync(directory: string): void {
	mkdirSync(directory, {recursive: true, mode: PRIVATE_DIR_MODE});
	if (basename(directory) === appDirectoryName) tightenSync(directory, PRIVATE_DIR_MODE);
}

/** Makes an existing file private; a missing one is fine (it will be created private). */
export async function tightenFile(path: string): Promise<void> {
	await tighten(path, PRIVATE_FILE_MODE);
}

export function tightenFileSync(path: string): void {
	tightenSync(path, PRIVATE_FILE_MODE);
}

async function tighten(path: string, mode: number): Promise<void> {
	if (!modesApply) return;
	const current = await stat(path).catch(() => undefined);
	if (current !== undefined && (current.mode & 0o777 & ~mode) !== 0) await chmod(path, current.mode & 0o777 & mode);
}

function tightenSync(path: string, mode: number): void {
	if (!modesApply) return;
	let current: number;
	try {
		current = statSync(path).mode;
	} catch {
		return;
	}
	if ((current & 0o777 & ~mode) !== 0) chmodSync(path, current & 0o777 & mode);
}
