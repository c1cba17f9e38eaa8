export { answerLines } from './answer-text.js';
export { SWEDISH_ANSWER_WORDS, type AnswerWords } from './answer-words.js';
