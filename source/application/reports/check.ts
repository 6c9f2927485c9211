import {badInput} from '../../errors.js';
import {type CostLimits, parseDollars, parseIncreaseLimit} from '../../insights/cost-limits.js';
import {checkCosts} from '../../insights/cost-check.js';
import {checkOutput} from '../../insights/format/check-output.js';
import {quoteInput} from '../../quote-input.js';
import {buildQueryRequest, type QueryOptionValues} from '../query-request.js';
import {refuseFlags} from '../refuse-flags.js';
import type {PreparedReport} from '../scoped-reports.js';

export type CheckValues = QueryOptionValues & {
	period?: string;
	compare?: string;
	'max-increase'?: string;
	'max-total'?: string;
	'ignore-below'?: string;
};

export const CHECK_DEFAULT_PERIOD = 'last-7-days';

/** Whether a period's cost keeps within limits: options judged, report per scope (its JSON says `passed`). */
export function prepareCheck(values: CheckValues, env: NodeJS.ProcessEnv): PreparedReport {
	refuseFlags(values, ['range', 'granularity'], 'check takes the period as --period PRESET (or --from/--to) and sums it.');
	if (values.compare !== undefined && values.compare !== 'previous') {
		throw badInput(`--compare ${quoteInput(values.compare)}: check compares with the previous period (the same days of last month for a month so far); use --compare previous.`);
	}
	const limits: CostLimits = {
		...(values['max-increase'] === undefined ? {} : {maxIncrease: parseIncreaseLimit(values['max-increase'])}),
		...(values['max-total'] === undefined ? {} : {maxTotal: parseDollars('max-total', values['max-total'])}),
	};
	const ignoreBelow = values['ignore-below'] === undefined ? undefined : parseDollars('ignore-below', values['ignore-below']);
	const request = buildQueryRequest(
		{...values, ...(values.period === undefined || values.from !== undefined ? {} : {range: values.period})},
		env,
		{range: CHECK_DEFAULT_PERIOD, granularity: 'MONTHLY'},
	);
	if (values.period !== undefined && values.from !== undefined) throw badInput('Use either --period or --from/--to, not both.');
	if (request.groupBy.length > 1) throw badInput('check holds one dimension\'s groups to the limits: give --group-by once.');
	if (ignoreBelow !== undefined && request.groupBy.length === 0) throw badInput('--ignore-below leaves out small groups: it goes with --group-by.');
	const [groupBy] = request.groupBy;
	return {
		request,
		report: async (engine, scope, label) =>
			checkOutput(
				await checkCosts(engine, {
					scope,
					metric: request.metric,
					period: request.period,
					limits,
					cacheMode: request.cacheMode,
					...(request.filter === undefined ? {} : {filter: request.filter}),
					...(groupBy === undefined ? {} : {groupBy}),
					...(ignoreBelow === undefined ? {} : {ignoreBelow}),
				}),
				label,
			),
	};
}
