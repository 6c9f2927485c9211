import type {Expression} from '../../query.js';
import type {FilterSlot} from './filter-parts.js';
import type {Sentence} from './sentence.js';
import type {KnownAccount} from './types.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Takes accounts named by 12-digit id or by name ("in Production", "for the
 * Data Platform account") and returns their ids. Names are matched before
 * environments, so an account called Production wins over the prod tag.
 */
export function takeAccounts(sentence: Sentence, accounts: readonly KnownAccount[]): string[] {
	const ids: string[] = [];
	const add = (id: string): void => {
		if (!ids.includes(id)) ids.push(id);
	};
	for (const match of sentence.takeAll(/(?:\b(?:linked |aws |member )?account(?: id)?:? )?\b(\d{12})\b(?: account)?/)) {
		add(match[1] ?? '');
	}
	const named: {readonly at: number; readonly id: string}[] = [];
	const byLongestName = [...accounts].sort((a, b) => b.name.length - a.name.length);
	for (const account of byLongestName) {
		const name = account.name.trim().toLowerCase().replace(/\s+/g, ' ');
		if (name === '') continue;
		const pattern = new RegExp(`(?:\\b(?:linked |aws |member )?account )?(?<![\\w-])(?:the )?${escape(name)}(?![\\w-])(?: account)?`);
		const match = sentence.take(pattern);
		if (match) named.push({at: match.index, id: account.id});
	}
	for (const {id} of named.sort((a, b) => a.at - b.at)) add(id);
	return ids;
}

const environmentAliases: Readonly<Record<string, string>> = {
	prod: 'prod',
	production: 'prod',
	prd: 'prod',
	staging: 'staging',
	stage: 'staging',
	stg: 'staging',
	dev: 'dev',
	development: 'dev',
	qa: 'qa',
	uat: 'uat',
	sandbox: 'sandbox',
	test: 'test',
	testing: 'test',
};

const stopWords = new Set(['the', 'a', 'an', 'my', 'our', 'each', 'every', 'which', 'what', 'that', 'this', 'and', 'or', 'is', 'tag', 'tags', 'spend', 'spent', 'costs', 'cost', 'in', 'for', 'of', 'on', 'only']);

/** Tag filters: environments ("only prod", "in staging"), teams ("team payments"), and `key=value`. */
export function takeTagFilters(sentence: Sentence): Expression[] {
	const values = new Map<string, string[]>();
	const add = (key: string, value: string): void => {
		const list = values.get(key) ?? [];
		if (!list.includes(value)) list.push(value);
		values.set(key, list);
	};
	for (const match of sentence.takeAll(/\btag(?:ged)?(?: with)? ([a-z][\w.:-]*?) ?[=:] ?([\w.-]+)\b|\b([a-z][\w.-]*)=([\w.-]+)\b/)) {
		const [key = '', value = ''] = match[1] === undefined ? [match[3], match[4]] : [match[1], match[2]];
		add(key === 'env' ? 'environment' : key, environmentAliases[value] ?? value);
	}
	for (const match of sentence.takeAll(/\b(?:environment|env)(?: tag)?[ :]+([a-z][\w-]*)\b/)) {
		const value = match[1] ?? '';
		if (!stopWords.has(value)) add('environment', environmentAliases[value] ?? value);
	}
	const bareEnvironment = /\b(?:only |just |in |for |on )?(?:the )?(prod|production|prd|staging|stage|stg|dev|development|qa|uat|sandbox)(?: environment| env| only| accounts?)?\b|\b(test|testing) (?:environment|env)\b/;
	for (const match of sentence.takeAll(bareEnvironment)) {
		const word = match[1] ?? match[2] ?? '';
		add('environment', environmentAliases[word] ?? word);
	}
	const notStopWord = `(?!(?:${[...stopWords].join('|')})\\b)`;
	const teamPhrases = [new RegExp(`\\bteam[ :]+${notStopWord}([a-z][\\w-]*)\\b`), new RegExp(`\\b(?:the )?${notStopWord}([a-z][\\w-]*) team\\b`)];
	for (const pattern of teamPhrases) {
		for (const match of sentence.takeAll(pattern)) {
			add('team', match[1] ?? '');
		}
	}
	return [...values.entries()].map(([key, list]) => ({Tags: {Key: key, Values: list}}));
}

/** "all services", "every account", "any environment": a follow-up dropping a restriction. */
export function takeClearedSlots(sentence: Sentence): Set<FilterSlot> {
	const cleared = new Set<FilterSlot>();
	const phrases: ReadonlyArray<readonly [RegExp, FilterSlot]> = [
		[/\b(?:all|every|any) services?\b|\beverything\b|\boverall\b|\bwhole bill\b/, 'subject'],
		[/\b(?:all|every|any) accounts?\b|\bwhole organi[sz]ation\b/, 'account'],
		[/\b(?:all|every|any) (?:environments?|envs?)\b/, 'tag:environment'],
		[/\b(?:all|every|any) teams?\b/, 'tag:team'],
		[/\b(?:all|every|any) regions?\b|\bworldwide\b|\beverywhere\b/, 'other:REGION'],
	];
	for (const [pattern, slot] of phrases) if (sentence.take(pattern)) cleared.add(slot);
	return cleared;
}
