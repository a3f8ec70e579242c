/** Story clusters: saved articles that tell the same story, from any site. */
export {
  SAME_STORY,
  STORY_LIMITS,
  STORY_WINDOW_DAYS,
  createStoryIndex,
  storyText,
  type Story,
  type StoryDoc,
  type StoryIndex,
} from './story-index';
export { storyOf, toStoryDoc } from './story-of';
