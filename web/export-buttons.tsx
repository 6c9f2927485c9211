import type {RefObject} from 'react';
import {formatExtension} from '../source/export/index.js';
import {type ViewExport, formatViewExport} from '../source/view/view-export.js';

type ExportFormat = 'csv' | 'json' | 'markdown';
const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {csv: 'CSV', json: 'JSON', markdown: 'Markdown'};
const MEDIA: Record<ExportFormat, string> = {csv: 'text/csv', json: 'application/json', markdown: 'text/markdown'};

/** "aws-cost-view-2026-11-25.csv": the day the figures are for. */
const fileName = (format: ExportFormat, today: string) => `aws-cost-view-${today}.${formatExtension(format)}`;

/** Downloads the view as the app's `e` writes it (same exporter, same columns and header). */
export function ExportButtons({view, today, firstButton}: {view: () => ViewExport | undefined; today: string; firstButton: RefObject<HTMLButtonElement | null>}) {
	const download = (format: ExportFormat) => {
		const shown = view();
		if (shown === undefined) return;
		const url = URL.createObjectURL(new Blob([formatViewExport(shown, format)], {type: `${MEDIA[format]};charset=utf-8`}));
		const link = document.createElement('a');
		link.href = url;
		link.download = fileName(format, today);
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	};
	return (
		<div className="export" role="group" aria-label="Export the view">
			Export:
			{(['csv', 'json', 'markdown'] as const).map((format, index) => (
				<button key={format} ref={index === 0 ? firstButton : undefined} type="button" onClick={() => download(format)} data-testid={`export-${format}`}>
					{EXPORT_FORMAT_LABELS[format]}
				</button>
			))}
		</div>
	);
}
