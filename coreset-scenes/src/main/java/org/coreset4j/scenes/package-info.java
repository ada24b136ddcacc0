/**
 * The built-in CLEVR-like scenes: random layouts of spheres, cubes and cylinders ray-cast to
 * RGB images, depth and semantic masks, with captions, optionally corrupted like web data with a
 * ground truth of what was done to each scene, and the scene files on disk. May depend on io, data
 * and util.
 */
package org.coreset4j.scenes;
