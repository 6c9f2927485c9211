import {KEY_COMMANDS} from '../source/view/key-map.js';

/** Not on a page: quitting is closing the tab, and Tab moves between controls. */
const PAGE_SKIPS = new Set(['quit', 'focusNext', 'focusPrevious']);

const keyName = (spec: string): string => ({enter: 'Enter', escape: 'Esc', backspace: 'Backspace', up: '↑', down: '↓', left: '←', right: '→', pageup: 'PgUp', pagedown: 'PgDn', home: 'Home', end: 'End'})[spec] ?? spec;

/** The app's keys, from the app's key map (`?` toggles it). */
export function HelpPanel({onClose}: {onClose: () => void}) {
	const commands = KEY_COMMANDS.filter(({command}) => !PAGE_SKIPS.has(command));
	return (
		<div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help">
			<h2 id="help-title">Keys</h2>
			<table>
				<tbody>
					{commands.map(({command, keys, description}) => (
						<tr key={command}>
							<td>{keys.map(keyName).join(' ')}</td>
							<td>{description}</td>
						</tr>
					))}
					<tr>
						<td>Tab / Shift-Tab</td>
						<td>Move between the page&apos;s controls; click a row to drill, a heading to sort</td>
					</tr>
				</tbody>
			</table>
			<button type="button" onClick={onClose} autoFocus>
				Close (Esc)
			</button>
		</div>
	);
}
