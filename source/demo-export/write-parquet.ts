import {readdir} from 'node:fs/promises';
import {join} from 'node:path';
import type {DuckDBConnection} from '@duckdb/node-api';
import {type IsoDate, addMonths, startOfMonth} from '../dates.js';
import {openDuckDb, sqlString} from '../duckdb/open.js';
import {badInput} from '../errors.js';
import {PRIVATE_DIR_MODE, ensurePrivateDirectory, tightenFile} from '../private-files.js';
import {chmod} from 'node:fs/promises';
import {type DemoCatalogue} from '../sources/demo/catalogue.js';
import {MANAGEMENT_ACCOUNT_ID} from '../sources/demo/organization.js';
import type {ExportFormat} from '../sources/export-sql/schema.js';
import {EXPORT_SELECT} from './export-columns.js';
import {exportLines, lineItemCells} from './line-items.js';

export interface DemoExportRequest {
	readonly catalogue: DemoCatalogue;
	readonly format: ExportFormat;
	readonly directory: string;
	/** The last `months` billing periods, the current one included. */
	readonly months: number;
}

export interface DemoExportSummary {
	readonly lineItems: number;
	readonly billingPeriods: readonly string[];
	readonly files: readonly string[];
}

async function stageLines(connection: DuckDBConnection, catalogue: DemoCatalogue): Promise<void> {
	await connection.run(`CREATE TABLE l (id INTEGER, payer_account_id VARCHAR, account_id VARCHAR, account_name VARCHAR,
		product_code VARCHAR, product_name VARCHAR, usage_type VARCHAR, operation VARCHAR, availability_zone VARCHAR,
		region VARCHAR, instance_type VARCHAR, line_item_type VARCHAR, legal_entity VARCHAR, unit VARCHAR, resource_id VARCHAR,
		team VARCHAR, environment VARCHAR, business_unit VARCHAR)`);
	const appender = await connection.createAppender('l');
	for (const line of exportLines(catalogue)) {
		appender.appendInteger(line.id);
		for (const text of [
			MANAGEMENT_ACCOUNT_ID, line.accountId, line.accountName, line.productCode, line.productName, line.usageType, line.operation,
			line.availabilityZone, line.region, line.instanceType, line.lineItemType, line.legalEntity, line.unit, line.resourceId,
			line.tags['team'] ?? '', line.tags['environment'] ?? '', line.costCategories['Business Unit'] ?? '',
		]) appender.appendVarchar(text);
		appender.endRow();
	}
	appender.closeSync();
}

async function stageCells(connection: DuckDBConnection, catalogue: DemoCatalogue, firstDay: IsoDate): Promise<number> {
	await connection.run(`CREATE TABLE c (line INTEGER, day INTEGER, unblended BIGINT, blended BIGINT, amortized BIGINT,
		net_unblended BIGINT, net_amortized BIGINT, usage BIGINT, normalized BIGINT)`);
	const appender = await connection.createAppender('c');
	let count = 0;
	for (const {line, cells} of lineItemCells(catalogue, firstDay)) {
		appender.appendInteger(line);
		appender.appendInteger(cells.day);
		for (const value of [cells.unblended, cells.blended, cells.amortized, cells.netUnblended, cells.netAmortized, cells.usage, cells.normalized]) {
			appender.appendBigInt(BigInt(value));
		}
		appender.endRow();
		count++;
	}
	appender.closeSync();
	return count;
}

/** Every file and folder under `directory`, made private: exports hold account ids and costs. */
async function tightenTree(directory: string): Promise<string[]> {
	const files: string[] = [];
	for (const entry of await readdir(directory, {withFileTypes: true, recursive: true})) {
		const path = join(entry.parentPath, entry.name);
		if (entry.isDirectory()) await chmod(path, PRIVATE_DIR_MODE);
		else {
			await tightenFile(path);
			files.push(path);
		}
	}
	return files.sort();
}

/**
 * Writes the demo organization's line items as Parquet, one folder per
 * billing period (`billing_period=2026-11/`), as AWS Data Exports lays them out.
 */
export async function writeDemoExport(request: DemoExportRequest): Promise<DemoExportSummary> {
	const existing = await readdir(request.directory).catch(() => []);
	if (existing.length > 0) throw badInput(`${request.directory} is not empty: export into a new or empty folder.`);
	await ensurePrivateDirectory(request.directory);
	await chmod(request.directory, PRIVATE_DIR_MODE);
	const firstDay = startOfMonth(addMonths(request.catalogue.today, 1 - request.months));
	const connection = await openDuckDb();
	try {
		await stageLines(connection, request.catalogue);
		const lineItems = await stageCells(connection, request.catalogue, firstDay);
		const select = EXPORT_SELECT[request.format].join(',\n\t');
		await connection.run(
			`COPY (SELECT ${select} FROM c JOIN l ON l.id = c.line ORDER BY c.day, c.line)
			TO ${sqlString(request.directory)} (FORMAT parquet, PARTITION_BY (billing_period), COMPRESSION zstd)`,
		);
		const files = await tightenTree(request.directory);
		const periods = [...new Set(files.map(file => /billing_period=([0-9-]+)/.exec(file)?.[1]).filter(period => period !== undefined))];
		return {lineItems, billingPeriods: periods.sort(), files};
	} finally {
		connection.closeSync();
	}
}
