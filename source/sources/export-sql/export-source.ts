import {type Period, addDays, daysBetween, maxDate, minDate} from '../../dates.js';
import {badInput, CostError} from '../../errors.js';
import type {CostQuery, Expression, GroupBy} from '../../query.js';
import {parseAmount} from '../../money.js';
import type {CostPage} from '../../rows.js';
import type {
	Account,
	CostSource,
	DimensionValue,
	DimensionValuesRequest,
	ForecastResult,
	GroupKeys,
	Identity,
	ResourceFigure,
	SourceAnomaly,
	TopResourcesRequest,
} from '../source.js';
import {costQuerySql, type SqlStatement} from './cost-query-sql.js';
import {checkColumns, detectFormat, type OpenedExport} from './detect-format.js';
import {EXPORT_CAPABILITIES} from './capabilities.js';
import {withServiceFromCode} from './cur2-schema.js';
import {accountsSql, dataRangeSql, dimensionValuesSql, mapKeysSql, topResourcesSql} from './lookup-sql.js';
import {type DataRange, costRowsFromSql, unitsFromSql} from './rows-from-sql.js';
import type {SqlResult, SqlRunner} from './runner.js';

export interface ExportSourceOptions {
	/** Rows per page handed on. Default 1000. */
	readonly pageSize?: number;
}

export type {ResourceFigure} from '../source.js';

export interface ExportSource extends CostSource {
	readonly label: string;
	/** The `limit` resources costing most in the period: line-item detail Cost Explorer keeps for 14 days only. */
	topResources(request: TopResourcesRequest, limit: number, signal?: AbortSignal): Promise<ResourceFigure[]>;
}

/**
 * A billing export (CUR 2.0 or FOCUS) answering CostQueries through SQL:
 * the same translation for every engine, the engine behind `runner`.
 */
/** Whether a query groups or filters by SERVICE (a tag named SERVICE counts too: it only costs reading the names). */
function readsService(groupBy: readonly GroupBy[], filter: Expression | undefined): boolean {
	return groupBy.some(group => group.type === 'DIMENSION' && group.key === 'SERVICE') || (filter !== undefined && JSON.stringify(filter).includes('"Key":"SERVICE"'));
}

export function createExportSource(runner: SqlRunner, options: ExportSourceOptions = {}): ExportSource {
	const pageSize = options.pageSize ?? 1000;
	let opened: Promise<OpenedExport> | undefined;
	// What statements cost since the last answer (opening, the date range included), billed to the next answer.
	const unbilled = {requests: 0, bytes: 0};
	let range: Promise<DataRange> | undefined;
	const open = (signal?: AbortSignal): Promise<OpenedExport> => {
		opened ??= runner.columns(signal).then(result => {
			unbilled.requests += result.billableRequests;
			unbilled.bytes += result.bytesScanned;
			return detectFormat(runner.label, result.columns, runner.dialect);
		});
		opened.catch(() => (opened = undefined));
		return opened;
	};
	const productNames = new Map<string, Promise<ReadonlyMap<string, string> | undefined>>();
	// SERVICE from the product code where the runner knows each code's one name: CUR 2.0's product MAP stays unread.
	const schemaFor = async (period: Period, needsService: boolean, signal?: AbortSignal): Promise<OpenedExport> => {
		const opened = await open(signal);
		if (!needsService || opened.schema.format !== 'cur2' || runner.productNames === undefined) return opened;
		const months = {first: period.start.slice(0, 7), last: addDays(period.end, -1).slice(0, 7)};
		const key = `${months.first}/${months.last}`;
		let names = productNames.get(key);
		if (names === undefined) {
			names = runner.productNames(months, signal).catch(() => undefined);
			productNames.set(key, names);
		}
		const known = await names;
		if (known === undefined || known.size === 0) return opened;
		return {...opened, schema: withServiceFromCode(opened.schema, runner.dialect.lookup('line_item_product_code', known))};
	};
	const run = async (statement: SqlStatement, what: string, signal?: AbortSignal): Promise<SqlResult> => {
		checkColumns(await open(signal), runner.label, statement.columns, what);
		const result = await runner.run(statement.sql, statement.params, signal);
		unbilled.requests += result.billableRequests;
		unbilled.bytes += result.bytesScanned;
		return result;
	};
	const dataRange = (signal?: AbortSignal): Promise<DataRange> => {
		range ??= open(signal).then(async ({schema}) => {
			const [row] = (await run(dataRangeSql(schema, runner.from), 'reading the dates', signal)).rows;
			const first = row?.['first'];
			const last = row?.['last'];
			if (!first || !last) throw badInput(`${runner.label} holds no line items.`);
			return {first: first.slice(0, 10) as never, end: addDays(last.slice(0, 10) as never, 1), hourly: Number(row['last_hour'] ?? 0) > 0};
		});
		range.catch(() => (range = undefined));
		return range;
	};

	async function* costAndUsage(query: CostQuery, signal?: AbortSignal): AsyncGenerator<CostPage> {
		const {schema, partitioned} = await schemaFor(query.period, readsService(query.groupBy, query.filter), signal);
		const span = await dataRange(signal);
		if (query.granularity === 'HOURLY' && !span.hourly) {
			throw badInput(`${runner.label} has daily line items: HOURLY needs an export with hourly granularity; use DAILY.`);
		}
		const statements = costQuerySql(query, schema, runner.dialect, runner.from, partitioned);
		const what = `${query.metric} by ${query.groupBy.map(group => (group.type === 'DIMENSION' ? group.key : `${group.type}:${group.key}`)).join(', ') || 'nothing'}`;
		const [rows, units] = await Promise.all([
			run(statements.rows, what, signal),
			statements.units === undefined ? undefined : run(statements.units, what, signal),
		]);
		const costRows = costRowsFromSql(query, span, rows.rows, units === undefined ? undefined : unitsFromSql(query, units.rows));
		const billable = unbilled.requests;
		const bytesScanned = unbilled.bytes;
		unbilled.requests = 0;
		unbilled.bytes = 0;
		for (let index = 0; index === 0 || index < costRows.length; index += pageSize) {
			signal?.throwIfAborted();
			const cost = index === 0 ? {billableRequests: billable, ...(bytesScanned > 0 ? {bytesScanned} : {})} : {billableRequests: 0};
			yield {rows: costRows.slice(index, index + pageSize), fromCache: false, ...cost};
		}
	}

	return {
		kind: 'export',
		capabilities: EXPORT_CAPABILITIES,
		label: runner.label,
		async identity(signal?: AbortSignal): Promise<Identity> {
			const {schema} = await open(signal);
			return {account: 'export', principal: runner.label, dataset: `export/${schema.format}/${runner.label}`};
		},
		costAndUsage: (query, signal) => ({[Symbol.asyncIterator]: () => costAndUsage(query, signal)}),
		async dimensionValues(request: DimensionValuesRequest, signal?: AbortSignal): Promise<readonly DimensionValue[]> {
			const {schema, partitioned} = await schemaFor(request.period, request.dimension === 'SERVICE' || readsService([], request.filter), signal);
			const result = await run(dimensionValuesSql(schema, runner.from, request, partitioned), `listing ${request.dimension}`, signal);
			const search = request.search?.trim().toLowerCase() ?? '';
			return result.rows
				.map((row): DimensionValue => {
					const description = row['description'];
					return {value: row['value'] ?? '', attributes: description == null ? {} : {description}};
				})
				.filter(value => search === '' || [value.value, ...Object.values(value.attributes)].some(text => text.toLowerCase().includes(search)));
		},
		async forecast(): Promise<ForecastResult> {
			throw new CostError('data-unavailable', "Billing exports hold no forecast of their own; aws-cost's forecast learns from the export's costs.");
		},
		async anomalies(_period: Period, signal?: AbortSignal): Promise<readonly SourceAnomaly[]> {
			await open(signal);
			throw new CostError('data-unavailable', "Billing exports record no anomalies; the ones above are aws-cost's own, found in the export's costs.");
		},
		async topResources(request, limit, signal) {
			const {schema, partitioned} = await schemaFor(request.period, readsService([], request.filter), signal);
			const result = await run(topResourcesSql(schema, runner.from, request, limit, partitioned), 'top resources', signal);
			return result.rows.map(row => ({resource: row['resource'] ?? '', amount: parseAmount(row['amount'] ?? '0')}));
		},
		async accounts(signal?: AbortSignal): Promise<readonly Account[]> {
			const {schema} = await open(signal);
			const result = await run(accountsSql(schema, runner.from), 'listing accounts', signal);
			return result.rows.map(row => ({id: row['id'] ?? '', name: row['name'] ?? row['id'] ?? ''}));
		},
		async groupKeys(period: Period, signal?: AbortSignal): Promise<GroupKeys> {
			const {schema, partitioned} = await open(signal);
			const span = await dataRange(signal);
			const clipped = {start: maxDate(period.start, span.first), end: minDate(period.end, span.end)};
			if (daysBetween(clipped.start, clipped.end) <= 0) return {tags: [], costCategories: [], billableRequests: 0};
			const keys = async (column: string): Promise<string[]> => {
				const result = await run(mapKeysSql(schema, runner.dialect, runner.from, column, clipped, partitioned), 'listing tag keys', signal);
				return result.rows.map(row => row['key'] ?? '').filter(key => key !== '');
			};
			const [tags, categories] = await Promise.all([keys(schema.tagColumn), keys(schema.costCategoryColumn)]);
			const billableRequests = unbilled.requests;
			unbilled.requests = 0;
			return {tags: tags.map(key => schema.tagKeyOf(key)).filter((key): key is string => key !== undefined), costCategories: categories, billableRequests};
		},
	};
}
