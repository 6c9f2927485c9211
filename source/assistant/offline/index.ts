export {parseQuestion, unrecognised, EXAMPLE_QUESTIONS} from './parse-question.js';
export {answerOffline, type AnswerOptions} from './answer-offline.js';
export {SERVICE_ALIASES, DATA_TRANSFER_USAGE_TYPE_GROUPS} from './service-aliases.js';
export type {
	GroupedQuery,
	InvalidQuestion,
	KnownAccount,
	NotParsed,
	OfflineAnswer,
	ParseContext,
	ParseOutcome,
	ParsedQuestion,
	QueryRunner,
	QuestionKind,
	UngroupedQuery,
	Unrecognised,
} from './types.js';
