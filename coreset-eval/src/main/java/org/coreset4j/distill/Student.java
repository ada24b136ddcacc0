package org.coreset4j.distill;

/**
 * The student's meta-parameters, learned with the synthetic rows: the log of its SGD step size alpha
 * and the log of the temperature tau of its logits (1 / tau) cos.
 */
record Student(double logStep, double logTemperature) {
  double step() {
    return Math.exp(logStep);
  }

  double temperature() {
    return Math.exp(logTemperature);
  }
}
