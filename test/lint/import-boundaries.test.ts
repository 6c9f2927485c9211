import {fileURLToPath} from 'node:url';
import {ESLint} from 'eslint';
import {beforeAll, describe, expect, it} from 'vitest';

// The repository's own eslint.config.js, run on small texts placed (by name) where the layers are.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint({cwd: root});
});

async function problems(filePath: string, text: string): Promise<string[]> {
	const [result] = await eslint.lintText(text, {filePath});
	return (result?.messages ?? []).map(message => `${message.ruleId}: ${message.message}`);
}

describe('the lint keeps the layers apart', () => {
	it.each([
		['source/fixture.ts', "import {App} from '../components/app.js';\nexport {App};\n"],
		['source/insights/fixture.ts', "import {useEngine} from '../../hooks/use-engine.js';\nexport {useEngine};\n"],
		['source/view/fixture.ts', "export type {Page} from '../../web/page.js';\n"],
		['source/fixture.ts', "import {useState} from 'react';\nexport {useState};\n"],
		['source/cli/fixture.ts', "import {render} from 'ink';\nexport {render};\n"],
	])('%s may not import a front end or React: %s', async (filePath, text) => {
		expect(await problems(filePath, text)).toEqual([expect.stringMatching(/^no-restricted-imports: .*source\/ is the core/)]);
	});

	it.each([
		"import {detectAnomalies} from '../../analysis/anomalies.js';\nexport {detectAnomalies};\n",
		"import type {SavingsReport} from '../../insights/savings-report.js';\nexport type {SavingsReport};\n",
		"import {main} from '../../cli/main.js';\nexport {main};\n",
	])('a source may not import analysis, insights or the CLI: %s', async text => {
		expect(await problems('source/sources/demo/fixture.ts', text)).toEqual([expect.stringMatching(/^no-restricted-imports: .*built on sources/)]);
	});

	it('checks import() expressions too', async () => {
		expect(await problems('source/sources/fixture.ts', "export const main = () => import('../cli/main.js');\n")).toEqual([
			expect.stringMatching(/^no-restricted-syntax: .*built on sources/),
		]);
		expect(await problems('source/cli/fixture.ts', "export const app = () => import('../../components/app-main.js');\n")).toEqual([
			expect.stringMatching(/^no-restricted-syntax: .*source\/ is the core/),
		]);
	});

	it('lets each layer import the ones beneath it', async () => {
		expect(await problems('source/insights/fixture.ts', "import {detectAnomalies} from '../analysis/anomalies.js';\nexport {detectAnomalies};\n")).toEqual([]);
		expect(await problems('source/sources/demo/fixture.ts', "import {addDays} from '../../dates.js';\nexport {addDays};\n")).toEqual([]);
		expect(await problems('components/fixture.tsx', "import {CostEngine} from '../source/engine.js';\nexport {CostEngine};\n")).toEqual([]);
		expect(await problems('test/fixture.test.ts', "import {App} from '../components/app.js';\nexport {App};\n")).toEqual([]);
	});
});

describe('the lint asks why a rule is switched off', () => {
	const hook = "import {useEffect} from 'react';\nexport function useTick(tick: () => void, id: string) {\n\tuseEffect(() => tick(), [id]);\n}\n";

	it('rejects a bare eslint-disable comment', async () => {
		const bare = hook.replace('\tuseEffect', '\t// eslint-disable-next-line react-hooks/exhaustive-deps\n\tuseEffect');
		expect(await problems('hooks/fixture.ts', bare)).toEqual([expect.stringMatching(/^local\/disable-says-why: /)]);
	});

	it('accepts one that says why, and still finds a missing dependency without one', async () => {
		const said = hook.replace('\tuseEffect', '\t// eslint-disable-next-line react-hooks/exhaustive-deps -- `id` stands for the tick.\n\tuseEffect');
		expect(await problems('hooks/fixture.ts', said)).toEqual([]);
		expect(await problems('hooks/fixture.ts', hook)).toEqual([expect.stringMatching(/^react-hooks\/exhaustive-deps: /)]);
	});
});

describe('the lint keeps the web page and the core apart', () => {
	it('source/ may not lean on browser globals (the type check sees the DOM library for web/)', async () => {
		expect(await problems('source/view/fixture.ts', 'export const token = () => sessionStorage.getItem("t");\n')).toEqual([
			expect.stringMatching(/^no-restricted-globals: .*no browser globals/),
		]);
	});

	it.each([
		"import {readFile} from 'node:fs/promises';\nexport {readFile};\n",
		"import {CostEngine} from '../source/engine.js';\nexport {CostEngine};\n",
		"import {buildServer} from '../source/server/app.js';\nexport {buildServer};\n",
	])('web/ may not import Node built-ins or the engine: %s', async text => {
		expect(await problems('web/fixture.ts', text)).toEqual([expect.stringMatching(/^no-restricted-imports: .*web\//)]);
	});

	it('web/ may import the view model', async () => {
		expect(await problems('web/fixture.ts', "import {appReducer} from '../source/view/app-state.js';\nexport {appReducer};\n")).toEqual([]);
	});
});
