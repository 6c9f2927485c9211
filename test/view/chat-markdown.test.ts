import {describe, expect, test} from 'vitest';
import {type StyledLine, inlineSpans, markdownLines, tableLines, wrapSpans} from '../../source/view/chat-markdown.js';

const text = (lines: readonly StyledLine[]): string[] => lines.map(line => line.map(span => span.text).join(''));

describe('inlineSpans', () => {
	test.each([
		['plain words', [{text: 'plain words', style: 'plain'}]],
		['**EC2** cost', [{text: 'EC2', style: 'bold'}, {text: ' cost', style: 'plain'}]],
		['__EC2__', [{text: 'EC2', style: 'bold'}]],
		['run `ollama pull qwen2.5` now', [{text: 'run ', style: 'plain'}, {text: 'ollama pull qwen2.5', style: 'code'}, {text: ' now', style: 'plain'}]],
		['an *estimate*.', [{text: 'an ', style: 'plain'}, {text: 'estimate', style: 'italic'}, {text: '.', style: 'plain'}]],
		['2 * 3 * 4', [{text: '2 * 3 * 4', style: 'plain'}]],
		['** not bold **', [{text: '** not bold **', style: 'plain'}]],
		['**unclosed', [{text: '**unclosed', style: 'plain'}]],
	] as const)('%j', (input, expected) => {
		expect(inlineSpans(input)).toEqual(expected);
	});
});

describe('wrapSpans', () => {
	test('wraps at word boundaries and keeps styles across lines', () => {
		const lines = wrapSpans(inlineSpans('EC2 cost **one hundred dollars** in total'), 12);
		expect(text(lines)).toEqual(['EC2 cost one', 'hundred', 'dollars in', 'total']);
		expect(lines[1]).toEqual([{text: 'hundred', style: 'bold'}]);
	});

	test('splits a word longer than the line', () => {
		expect(text(wrapSpans([{text: 'arn:aws:ec2:us-east-1', style: 'code'}], 8))).toEqual(['arn:aws:', 'ec2:us-e', 'ast-1']);
	});

	test('hangs continuation lines under the first', () => {
		expect(text(wrapSpans(inlineSpans('alpha beta gamma'), 10, [{text: '• ', style: 'plain'}], '  '))).toEqual(['• alpha', '  beta', '  gamma']);
	});

	test('never loops when the indent is wider than the line', () => {
		expect(text(wrapSpans(inlineSpans('ab'), 2, [{text: '    ', style: 'plain'}], '    '))).toEqual(['    a', '    b']);
	});
});

describe('markdownLines', () => {
	test.each([
		['empty answer', '', 30, []],
		['one line', 'EC2 cost $12.00.', 30, ['EC2 cost $12.00.']],
		['keeps single line breaks', 'one\ntwo', 30, ['one', 'two']],
		['collapses blank runs and trims the ends', '\n\none\n\n\n\ntwo\n\n', 30, ['one', '', 'two']],
		['heading', '## Top services', 30, ['Top services']],
		['bullets with hanging indent', '- Amazon EC2 went up sharply\n- S3', 16, ['• Amazon EC2', '  went up', '  sharply', '• S3']],
		['nested bullets', '* one\n  * two', 20, ['• one', '  • two']],
		['numbered list', '1. first\n2. second', 20, ['1. first', '2. second']],
		['quote', '> note', 20, ['│ note']],
		['rule', '---', 5, ['─────']],
		['code block is cut, not wrapped', '```\naws ce get-cost-and-usage --granularity DAILY\n```\nafter', 20, ['  aws ce get-cost-a…', 'after']],
		['unclosed fence (still streaming) is code to the end', 'look:\n```js\nconst a = 1;', 30, ['look:', '  const a = 1;']],
		['CRLF', 'a\r\nb', 10, ['a', 'b']],
	] as const)('%s', (_name, input, width, expected) => {
		expect(text(markdownLines(input, width))).toEqual(expected);
	});

	test('styles bold and code inside list items', () => {
		const [line] = markdownLines('- **EC2**: `m5.large`', 40);
		expect(line).toEqual([
			{text: '• ', style: 'plain'},
			{text: 'EC2', style: 'bold'},
			{text: ': ', style: 'plain'},
			{text: 'm5.large', style: 'code'},
		]);
	});

	test('no line is wider than the pane', () => {
		const answer = '# A very long heading that keeps going\n| a | b |\n|---|---|\n| supercalifragilistic | 12 |\n```\nlong code line here\n```\n- item item item item';
		for (const width of [8, 12, 30]) {
			for (const line of text(markdownLines(answer, width))) expect([...line].length).toBeLessThanOrEqual(width);
		}
	});
});

describe('tableLines', () => {
	const table = ['| Service | Cost |', '|---|---:|', '| Amazon EC2 | $1,204.50 |', '| **S3** | $98.10 |'];

	test('aligns columns, numbers to the right, header bold', () => {
		const lines = tableLines(table, 40);
		expect(text(lines)).toEqual(['Service          Cost', '─────────────────────', 'Amazon EC2  $1,204.50', 'S3             $98.10']);
		expect(lines[0]![0]!.style).toBe('bold');
	});

	test('narrows the widest column with an ellipsis to fit', () => {
		expect(text(tableLines(table, 16))).toEqual(['Service     Cost', '────────────────', 'Amazon…  $1,204…', 'S3        $98.10']);
	});

	test('a table without a header row is all body', () => {
		expect(text(tableLines(['| a | 1 |', '| bb | 22 |'], 20))).toEqual(['a    1', 'bb  22']);
	});

	test('ragged rows get empty cells', () => {
		expect(text(tableLines(['| a | b |', '|---|---|', '| only |'], 20))).toEqual(['a     b', '───────', 'only']);
	});
});
