import {parseAmount} from '../money.js';
import type {CostRow} from '../rows.js';

/** `/api/v1/costs` (one scope) as the rows the view model is built from. */
export interface ApiCostAnswer {
	readonly rows: readonly CostRow[];
	readonly unit: string;
	readonly estimated: boolean;
	/** `total.exact`: the server's sum, null when no data or several units. */
	readonly total: string | null;
}

interface ApiRowJson {
	readonly start: string;
	readonly end: string;
	readonly keys: readonly string[];
	readonly rawKeys?: readonly string[];
	readonly amount: number;
	readonly unit: string;
	readonly estimated: boolean;
}

const isRow = (value: unknown): value is ApiRowJson => {
	const row = value as Partial<ApiRowJson> | null;
	return typeof row === 'object' && row !== null && typeof row.start === 'string' && Array.isArray(row.keys) && typeof row.amount === 'number' && typeof row.unit === 'string';
};

/**
 * Reads the JSON of `GET /api/v1/costs`. Row amounts come as JSON numbers;
 * their shortest decimal text becomes an exact Amount again, the same
 * decimal the server had for up to 15 significant digits (Cost Explorer's
 * ten decimals under $100,000) and within 1e-9 of it beyond. Tag
 * and cost-category rows keep Cost Explorer's raw keys, which drill-downs
 * filter on, as the app's rows do.
 */
export function costAnswerFromJson(json: unknown): ApiCostAnswer {
	const body = json as {rows?: unknown; total?: {exact?: unknown; unit?: unknown} | null; units?: unknown; estimated?: unknown} | null;
	if (typeof body !== 'object' || body === null || !Array.isArray(body.rows) || !body.rows.every(isRow)) {
		throw new Error('The server answered with something that is not a cost answer.');
	}
	const rows = body.rows.map(
		(row): CostRow => ({start: row.start, end: row.end, keys: row.rawKeys ?? row.keys, amount: parseAmount(String(row.amount)), unit: row.unit, estimated: row.estimated === true}),
	);
	const units = Array.isArray(body.units) ? (body.units as unknown[]).filter(unit => typeof unit === 'string') : [];
	const total = typeof body.total?.exact === 'string' ? body.total.exact : null;
	return {rows, unit: units[0] ?? (typeof body.total?.unit === 'string' ? body.total.unit : 'USD'), estimated: body.estimated === true, total};
}
