package org.coreset4j.scenes;

/**
 * Generated scenes with the ground truth of their corruption, from
 * {@link SceneGenerator#generate(int, long, int, Corruption, org.coreset4j.util.Parallel, org.coreset4j.util.Progress)}.
 */
public record NoisySceneSet(SceneSet scenes, GroundTruth truth) {}
