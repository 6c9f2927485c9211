import {describe, expect, test} from 'vitest';
import {keyPress} from '../../source/view/key-press.js';
import {KEY_PRIORITY, KeyRouter} from '../../source/view/key-router.js';

describe('KeyRouter', () => {
	test('an overlay takes a key before the pane beneath it', () => {
		const router = new KeyRouter();
		const heard: string[] = [];
		router.register(KEY_PRIORITY.pane, () => {
			heard.push('pane');
			return true;
		});
		router.register(KEY_PRIORITY.overlay, () => {
			heard.push('overlay');
			return true;
		});
		expect(router.dispatch(keyPress('', {return: true}))).toBe(true);
		expect(heard).toEqual(['overlay']);
	});

	test('a handler that declines passes the key down', () => {
		const router = new KeyRouter();
		const heard: string[] = [];
		router.register(KEY_PRIORITY.global, () => {
			heard.push('global');
			return true;
		});
		router.register(KEY_PRIORITY.input, press => {
			heard.push('input');
			return press.input === 'x';
		});
		router.dispatch(keyPress('q'));
		router.dispatch(keyPress('x'));
		expect(heard).toEqual(['input', 'global', 'input']);
	});

	test('within a priority the newest handler goes first; unregistering removes it', () => {
		const router = new KeyRouter();
		const heard: string[] = [];
		router.register(KEY_PRIORITY.pane, () => (heard.push('first'), true));
		const remove = router.register(KEY_PRIORITY.pane, () => (heard.push('second'), true));
		router.dispatch(keyPress('a'));
		remove();
		router.dispatch(keyPress('a'));
		expect(heard).toEqual(['second', 'first']);
		expect(router.size).toBe(1);
	});

	test('an unhandled key reports false', () => {
		const router = new KeyRouter();
		router.register(KEY_PRIORITY.global, () => false);
		expect(router.dispatch(keyPress('z'))).toBe(false);
	});
});
