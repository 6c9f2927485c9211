const numberWords: Readonly<Record<string, string>> = {
	one: '1',
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	eleven: '11',
	twelve: '12',
	fifteen: '15',
	twenty: '20',
	thirty: '30',
};

/**
 * Lower case, plain quotes, no question marks or stray punctuation, number
 * words as digits ("past two weeks" → "past 2 weeks"). Dashes, colons and
 * equals signs stay: dates, tags and service names use them.
 */
export function normaliseQuestion(text: string): string {
	const words = text
		.toLowerCase()
		.replace(/[\u2018\u2019\u201b`']/g, '')
		.replace(/[\u201c\u201d"]/g, ' ')
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/(\d)\.\.\.?(\d)/g, '$1 to $2')
		.replace(/&/g, ' and ')
		.replace(/(?<!\d)[.,](?!\d)|[?!;()[\]{}$*]/g, ' ')
		.replace(/\b[a-z]+\b/g, word => numberWords[word] ?? word);
	return ` ${words.replace(/\s+/g, ' ').trim()} `;
}

/**
 * A question's words being taken apart: each extractor takes the phrase it
 * understood, so the next one cannot read the same words again ("usage" in
 * "by usage type" is not the usage metric once the group-by took it).
 */
export class Sentence {
	private text: string;

	constructor(question: string) {
		this.text = normaliseQuestion(question);
	}

	/** Removes the first match of `pattern` and returns it. */
	take(pattern: RegExp): RegExpExecArray | undefined {
		pattern.lastIndex = 0;
		const match = pattern.exec(this.text);
		if (!match) return undefined;
		this.text = `${this.text.slice(0, match.index)} | ${this.text.slice(match.index + match[0].length)}`;
		return match;
	}

	/** Removes every match of `pattern` and returns them in order. */
	takeAll(pattern: RegExp): RegExpExecArray[] {
		const matches: RegExpExecArray[] = [];
		for (let match = this.take(pattern); match; match = this.take(pattern)) matches.push(match);
		return matches;
	}

	/** Puts words back at the end, e.g. what followed "vs" once its period is taken. */
	append(words: string): void {
		this.text = `${this.text} ${words} `;
	}

	/** The first match of `pattern`, left in place. */
	peek(pattern: RegExp): RegExpExecArray | undefined {
		pattern.lastIndex = 0;
		return pattern.exec(this.text) ?? undefined;
	}

	has(pattern: RegExp): boolean {
		pattern.lastIndex = 0;
		return pattern.test(this.text);
	}

	/** What no extractor has taken yet, separators removed. */
	get rest(): string {
		return this.text.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
	}

	toString(): string {
		return this.text;
	}
}
