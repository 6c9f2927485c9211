import {Text} from 'ink';
import {Component, type ReactNode} from 'react';
import {oneLineMessage} from '../source/errors.js';

export interface ErrorBoundaryProps {
	readonly children: ReactNode;
	/** Told once, so the caller can leave the alternate screen and exit. */
	readonly onCrash: (error: unknown) => void;
}

/** Turns a render crash into one line and a clean exit instead of Ink's stack trace. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, {message: string | undefined}> {
	override state: {message: string | undefined} = {message: undefined};

	static getDerivedStateFromError(error: unknown): {message: string} {
		return {message: oneLineMessage(error)};
	}

	override componentDidCatch(error: unknown): void {
		this.props.onCrash(error);
	}

	override render(): ReactNode {
		if (this.state.message !== undefined) return <Text>aws-cost stopped: {this.state.message}</Text>;
		return this.props.children;
	}
}
