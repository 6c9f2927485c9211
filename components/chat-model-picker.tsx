import {memo} from 'react';
import type {ModelList} from '../hooks/use-chat-models.js';
import {PickList} from './pick-list.js';

export interface ChatModelPickerProps {
	readonly width: number;
	readonly height: number;
	readonly models: ModelList;
	readonly cursor: number;
	readonly current: string | undefined;
}

const gigabytes = (bytes: number): string => `${(bytes / 1e9).toFixed(1)} GB`;

/** The Ollama models pulled on this machine (`/api/tags`), in the pane's pick list. */
export const ChatModelPicker = memo(function ChatModelPicker({width, height, models, cursor, current}: ChatModelPickerProps) {
	const note = models.status === 'loading' ? 'Asking Ollama…' : models.status === 'failed' ? models.message : undefined;
	const items =
		models.status === 'ready'
			? models.models.map(model => ({
					label: model.name,
					detail: [model.parameterSize, gigabytes(model.sizeBytes)].filter(Boolean).join(' · '),
					current: model.name === current || model.name === `${current}:latest`,
				}))
			: [];
	return (
		<PickList
			width={width}
			height={height}
			title="Model"
			items={items}
			cursor={cursor}
			{...(note === undefined ? {} : {note})}
			emptyText={models.status === 'ready' ? 'No models pulled: run `ollama pull qwen2.5`.' : ''}
		/>
	);
});
