import {addDays} from '../dates.js';
import {type CostQuery, type Expression, groupByLabel} from '../query.js';
import {exportLocationFlags} from '../sources/export-location.js';

/** A word the shell takes as it is; anything else is single-quoted. */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellWord(word: string): string {
	return plainWord.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** One `--filter` value (also the API's `filter` parameter) (`DIM=V1,V2`, `TAG:key!=V`) per term, or undefined when the filter has no such form. */
export function filterFlags(filter: Expression | undefined): string[] | undefined {
	if (filter === undefined) return [];
	const terms = 'And' in filter ? filter.And : [filter];
	const flags: string[] = [];
	for (const term of terms) {
		const excluded = 'Not' in term;
		const match = excluded ? term.Not : term;
		let field: string;
		let values: readonly string[];
		let options: readonly string[] | undefined;
		if ('Dimensions' in match) [field, values, options] = [match.Dimensions.Key, match.Dimensions.Values, match.Dimensions.MatchOptions];
		else if ('Tags' in match) [field, values, options] = [`TAG:${match.Tags.Key}`, match.Tags.Values, match.Tags.MatchOptions];
		else if ('CostCategories' in match)
			[field, values, options] = [`COST_CATEGORY:${match.CostCategories.Key}`, match.CostCategories.Values, match.CostCategories.MatchOptions];
		else return undefined;
		// `--filter` matches whole values, split at commas.
		if ((options !== undefined && options.some(option => option !== 'EQUALS')) || values.length === 0) return undefined;
		if (values.some(value => value.includes(',') || value.trim() !== value || value === '')) return undefined;
		flags.push(`${field}${excluded ? '!=' : '='}${values.join(',')}`);
	}
	return flags;
}

/**
 * The `aws-cost query` command that asks for the same figures as `query`:
 * inclusive dates, explicit granularity and metric, group-bys, filters and
 * scope. Undefined when the filter cannot be written with `--filter` (an Or,
 * a value with a comma).
 */
export function queryCommandLine(query: CostQuery): string | undefined {
	return queryCommandWords(query)?.map(shellWord).join(' ');
}

/** The same command as separate words, unquoted. */
export function queryCommandWords(query: CostQuery): string[] | undefined {
	const filters = filterFlags(query.filter);
	if (filters === undefined) return undefined;
	return [
		'aws-cost',
		'query',
		...(query.scope.source === 'demo'
			? ['--demo']
			: query.scope.exportLocation !== undefined
				? exportLocationFlags(query.scope.exportLocation)
				: query.scope.profile === undefined
					? []
					: ['--profile', query.scope.profile]),
		...(query.scope.account === undefined ? [] : ['--account', query.scope.account]),
		'--from',
		query.period.start,
		'--to',
		addDays(query.period.end, -1),
		'--granularity',
		query.granularity,
		'--metric',
		query.metric,
		...query.groupBy.flatMap(groupBy => ['--group-by', groupByLabel(groupBy)]),
		...filters.flatMap(filter => ['--filter', filter]),
	];
}
