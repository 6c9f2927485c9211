import {useEffect, useRef, useState} from 'react';

/** The plugins' export formats, loaded the first time they are `wanted` (the export list opens); none until then. */
export function usePluginFormats(load: (() => Promise<readonly string[]>) | undefined, wanted: boolean): readonly string[] {
	const [formats, setFormats] = useState<readonly string[]>([]);
	const started = useRef(false);
	useEffect(() => {
		if (!wanted || load === undefined || started.current) return;
		started.current = true;
		// A plugin that fails to load adds no format; `aws-cost plugins list` says why.
		load().then(setFormats, () => undefined);
	}, [wanted, load]);
	return formats;
}
