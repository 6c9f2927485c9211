import {afterEach, expect, it} from 'vitest';
import {registerTool, runToolCall, toolSpecs, unregisterTool, type AssistantTool} from '../../../source/assistant/tools/index.js';
import {TODAY, fixedEngine} from '../fixed-source.js';

afterEach(() => unregisterTool('echo'));

const echo: AssistantTool = {
	spec: {name: 'echo', description: 'Says what it was given.', parameters: {type: 'object', properties: {text: {type: 'string'}}}},
	run: async args => ({text: `echo ${(args as {text: string}).text}`, summary: 'echoed', results: []}),
};

it('offers a registered tool to the model and runs it when called', async () => {
	expect(toolSpecs().map(spec => spec.name)).not.toContain('echo');
	registerTool(echo);
	expect(toolSpecs().at(-1)).toBe(echo.spec);
	const outcome = await runToolCall({id: '1', name: 'echo', arguments: {text: 'hi'}}, {engine: fixedEngine(), today: TODAY, scope: {source: 'demo'}});
	expect(outcome).toEqual({ok: true, text: 'echo hi', summary: 'echoed', results: []});
	expect(() => registerTool(echo)).toThrow('already registered');
});
