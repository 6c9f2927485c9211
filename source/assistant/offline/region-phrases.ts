import type {Expression} from '../../query.js';
import {AWS_AREAS, AWS_REGIONS} from '../../regions.js';
import type {Sentence} from './sentence.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Region codes as Cost Explorer writes them, known or not: "eu-west-1", "us-gov-west-1". */
const regionCode = /(?<![\w-])(?:the )?(?:region )?((?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d{1,2})(?: regions?)?(?![\w-])/;

const aliasPatterns: ReadonlyArray<readonly [RegExp, string]> = AWS_REGIONS.flatMap(region =>
	region.aliases.map(alias => [alias, region.code] as const),
)
	.sort(([a], [b]) => b.length - a.length)
	.map(([alias, code]) => [new RegExp(`(?<![\\w-])(?:the )?(?:region )?${escape(alias)}(?: regions?)?(?![\\w-])`), code] as const);

const areaPatterns: ReadonlyArray<readonly [RegExp, readonly string[]]> = AWS_AREAS.map(({words, codes}) => [
	new RegExp(`(?<![\\w-])(?:(?:in|from|for|across|within) )(?:all )?(?:of )?(?:${words})(?: regions?)?(?![\\w-])|(?<![\\w-])(?:${words}) regions?(?![\\w-])`),
	codes,
]);

/**
 * Takes regions named by code ("eu-west-1"), by the place AWS names them
 * after ("Frankfurt", "N. Virginia", "Ireland") or by a part of the world
 * ("in Europe", "in the US": every region there) and returns their codes,
 * in the order asked.
 */
export function takeRegions(sentence: Sentence): string[] {
	const found: {readonly at: number; readonly code: string}[] = [];
	for (const [pattern, codes] of areaPatterns) {
		for (const match of sentence.takeAll(pattern)) found.push(...codes.map(code => ({at: match.index, code})));
	}
	for (const match of sentence.takeAll(regionCode)) found.push({at: match.index, code: match[1] ?? ''});
	for (const [pattern, code] of aliasPatterns) {
		for (const match of sentence.takeAll(pattern)) found.push({at: match.index, code});
	}
	return [...new Set(found.sort((a, b) => a.at - b.at).map(({code}) => code))];
}

/** The filter part for regions, if any were named. */
export function regionFilter(codes: readonly string[]): Expression[] {
	return codes.length === 0 ? [] : [{Dimensions: {Key: 'REGION', Values: [...codes]}}];
}
