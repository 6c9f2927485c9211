import {readFile, rename, stat, writeFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import type {DuckDBConnection} from '@duckdb/node-api';
import {sqlString} from '../../duckdb/open.js';
import {PRIVATE_FILE_MODE, ensurePrivateDirectory} from '../../private-files.js';

/** A file as it stood when read: another size or time means it was rewritten. */
interface FileStamp {
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
}

/** The product names each product code's lines carry in one file. */
interface FileNames extends FileStamp {
	readonly names: ReadonlyArray<readonly [code: string, name: string]>;
}

interface NamesCache {
	readonly version: 1;
	readonly files: readonly FileNames[];
}

/** The billing periods (YYYY-MM) a query reads. */
export interface BillingMonths {
	readonly first: string;
	readonly last: string;
}

/** Files laid out by `billing_period=YYYY-MM` outside the months are not read, so their names are not needed. */
function holdsMonths(file: string, months: BillingMonths | undefined): boolean {
	const month = /billing_period=(\d{4}-\d{2})/.exec(file)?.[1];
	return months === undefined || month === undefined || (month >= months.first && month <= months.last);
}

const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.path === b.path && a.size === b.size && a.mtimeMs === b.mtimeMs;

async function readCache(path: string | undefined): Promise<readonly FileNames[]> {
	if (path === undefined) return [];
	try {
		const cache = JSON.parse(await readFile(path, 'utf8')) as NamesCache;
		return cache.version === 1 && Array.isArray(cache.files) ? cache.files : [];
	} catch {
		return [];
	}
}

/** Kept for every export read on this machine: entries of other exports stay, rewritten files are replaced. */
async function writeCache(path: string, fresh: readonly FileNames[], earlier: readonly FileNames[]): Promise<void> {
	const replaced = new Set(fresh.map(entry => entry.path));
	const cache: NamesCache = {version: 1, files: [...earlier.filter(entry => !replaced.has(entry.path)), ...fresh]};
	await ensurePrivateDirectory(dirname(path));
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, JSON.stringify(cache), {mode: PRIVATE_FILE_MODE});
	await rename(temporary, path);
}

/**
 * CUR 2.0 keeps the product name only in its `product` MAP column, and
 * decoding that map for every line costs more than the sum itself. A bill
 * names each product code one way, so the name is read once per file, kept
 * (keyed on path, size and modification time) in `cachePath`, and SERVICE is
 * then told from the code alone. Undefined when some code carries two names
 * (the map must be read line by line then) or the files cannot be read so.
 */
export async function productNamesByCode(
	db: DuckDBConnection,
	glob: string,
	months: BillingMonths | undefined,
	cachePath: string | undefined,
): Promise<ReadonlyMap<string, string> | undefined> {
	const listed = (await db.runAndReadAll(`SELECT file FROM glob(${sqlString(glob)}) ORDER BY file`))
		.getRowObjectsJson()
		.map(row => String(row['file']))
		.filter(file => holdsMonths(file, months));
	const stamps = await Promise.all(
		listed.map(async (path): Promise<FileStamp> => {
			const info = await stat(path);
			return {path, size: info.size, mtimeMs: info.mtimeMs};
		}),
	);
	const earlier = await readCache(cachePath);
	const known = stamps.map(stamp => earlier.find(entry => sameStamp(entry, stamp)));
	const missing = stamps.filter((_, index) => known[index] === undefined);
	let fresh: FileNames[] = [];
	if (missing.length > 0) {
		const files = `[${missing.map(stamp => sqlString(stamp.path)).join(', ')}]`;
		const rows = (
			await db.runAndReadAll(
				`SELECT filename AS file, line_item_product_code AS code, coalesce(product['product_name'], '') AS name
				FROM read_parquet(${files}, filename = true, union_by_name = true) GROUP BY ALL`,
			)
		).getRowObjectsJson();
		fresh = missing.map(stamp => ({...stamp, names: rows.filter(row => row['file'] === stamp.path).map(row => [String(row['code'] ?? ''), String(row['name'] ?? '')] as const)}));
		if (cachePath !== undefined) await writeCache(cachePath, fresh, earlier).catch(() => undefined);
	}
	const byCode = new Map<string, string>();
	for (const entry of [...known.filter(entry => entry !== undefined), ...fresh]) {
		for (const [code, name] of entry.names) {
			if ((byCode.get(code) ?? name) !== name) return undefined;
			byCode.set(code, name);
		}
	}
	return byCode;
}
