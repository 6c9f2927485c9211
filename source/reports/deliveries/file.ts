import {writeFile} from 'node:fs/promises';
import {extname} from 'node:path';
import {PRIVATE_FILE_MODE, tightenFile} from '../../private-files.js';
import {isReportPayload} from '../report-payload.js';
import {renderXlsx} from '../render-xlsx.js';
import type {Delivery} from './registry.js';
import {DeliveryError} from './retry.js';

export const FILE_FORMATS = ['.md', '.html', '.xlsx', '.json'] as const;

/** The file's format from its extension; anything else is refused before a report is made. */
export function fileFormat(path: string): (typeof FILE_FORMATS)[number] {
	const extension = extname(path).toLowerCase();
	const format = FILE_FORMATS.find(known => known === extension);
	if (path === '' || format === undefined) throw new DeliveryError(`file:${path} needs one of the extensions ${FILE_FORMATS.join(', ')}`, false);
	return format;
}

/** `file:PATH`: Markdown, self-contained HTML, XLSX or the JSON payload, by extension; written private (0600), as every file aws-cost writes. */
export function fileDelivery(): Delivery {
	return {
		scheme: 'file',
		async deliver(path, message) {
			const format = fileFormat(path);
			let content: string | Buffer;
			if (format === '.md') content = message.markdown;
			else if (format === '.html') content = message.html;
			else if (format === '.json') content = `${JSON.stringify(message.json, null, 2)}\n`;
			else if (isReportPayload(message.json)) content = await renderXlsx(message.json);
			else throw new DeliveryError(`file:${path}: only reports are written as XLSX; use .md, .html or .json for this message`, false);
			try {
				await tightenFile(path);
				await writeFile(path, content, {mode: PRIVATE_FILE_MODE});
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				throw new DeliveryError(`file:${path} cannot be written${typeof code === 'string' ? ` (${code})` : ''}`, false);
			}
		},
	};
}
