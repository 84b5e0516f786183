// The step every kind takes before it creates a unit from a resource image (SPEC §4.2): the image
// is built unless its tag exists. A failed build is the resource's failure (`ImageError`), with
// the build's last lines in the message, never an exception of the pass.
import { errorMessage } from '../errors.js';
import { ImageError } from '../engine/types.js';
import type { BaseLogin, ImageRecipe } from '../images/types.js';
import type { ExecuteContext } from '../reconcile/kind.js';

export interface ImageFailure {
  reason: 'ImageError';
  message: string;
}

/** undefined when the image is there (or none is needed); otherwise why it is not */
export async function prepareImage(
  recipe: ImageRecipe | undefined,
  ctx: Pick<ExecuteContext, 'images' | 'hooks'>,
  /** the owner's imagePullSecret, for a base image in a private registry */
  baseLogin?: BaseLogin,
): Promise<ImageFailure | undefined> {
  if (!recipe) return undefined;
  if (!ctx.images) {
    const message = `${recipe.resource.name} needs an image built from its git entries or extra packages, and this berth has no image builder; run it through \`berth apply\` or \`berth serve\``;
    return { reason: 'ImageError', message };
  }
  try {
    await ctx.hooks.once(
      `build ${recipe.tag}`,
      () => ctx.images?.ensure(recipe, ctx.hooks, baseLogin) ?? Promise.resolve(),
    );
    return undefined;
  } catch (error) {
    if (error instanceof ImageError) return { reason: 'ImageError', message: error.message };
    throw new Error(`cannot make image ${recipe.tag}: ${errorMessage(error)}`);
  }
}
