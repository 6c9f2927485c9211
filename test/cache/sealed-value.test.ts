import {describe, expect, it} from 'vitest';
import {openSealed, sealValue} from '../../source/cache/sealed-value.js';

describe('sealed values', () => {
	const body = {answers: 'x', rows: [1, 2, 3]};

	it('opens what was sealed', () => {
		expect(openSealed('entry', sealValue('entry', body))).toEqual(body);
	});

	it('does not open as another kind', () => {
		expect(openSealed('index', sealValue('entry', body))).toBeUndefined();
	});

	it.each([
		['a changed digit', (text: string) => text.replace('[1,2,3]', '[1,2,4]')],
		['a torn tail', (text: string) => text.slice(0, -5)],
		['another format version', (text: string) => text.replace('/v1 ', '/v2 ')],
		['a damaged checksum', (text: string) => text.replace(/ [0-9a-f]/, ' g')],
		['plain JSON', () => JSON.stringify(body)],
		['nothing', () => ''],
	])('rejects %s', (_name, damage) => {
		expect(openSealed('entry', damage(sealValue('entry', body)))).toBeUndefined();
	});

	it('rejects a value that is not text', () => {
		expect(openSealed('entry', body)).toBeUndefined();
	});
});
