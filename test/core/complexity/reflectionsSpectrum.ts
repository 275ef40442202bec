/**
 * How far the method of reflections is from the eigenvector, from the spectrum of M̃ (computed here from the
 * definition, independently of src/core/complexity): the bound on |ECI_c − mean PCI of c's products| that the
 * growthlab scale must meet with method "reflections".
 *
 * Derivation. D = diag(k_c), A = M D_p⁻¹ Mᵀ, W = D⁻¹A (one reflection from countries to countries) is
 * self-adjoint for ⟨u, v⟩_D = uᵀDv; S = D^{-1/2} A D^{-1/2} has eigenpairs (λ_j, u_j), so K_j = D^{-1/2}u_j are
 * D-orthonormal eigenvectors of W (K_1 ∝ 1, λ_1 = 1). With N iterations K = k_c,N−2 = W^n k_c,0, n = (N−2)/2.
 * The D-weighted mean a = ⟨1, k_c,0⟩_D / ⟨1, 1⟩_D is kept by W, so K − a = Σ_{j≥2} β_j K_j with
 * β_j = c_j λ_j^n, c_j = u_jᵀ D^{1/2}(k_c,0 − a). PCI scaled to K's scale is Q = a + (D_p⁻¹Mᵀ K − a)/λ̂, with
 * λ̂ = ⟨K − a, W(K − a)⟩_D / ‖K − a‖²_D = Σ λ_j β_j² / Σ β_j² (the Rayleigh quotient), so the mean PCI over c's
 * products minus ECI is r = (W(K − a)/λ̂ − (K − a)) / sd(K) = Σ β_j (λ_j/λ̂ − 1) K_j / sd(K), whose D-norm is
 * R / sd(K), R = √(Σ β_j² (λ_j/λ̂ − 1)²). Every |r_c| ≤ ‖r‖_D / √(min k_c). R is 0 when K − a lies on K_2 (one
 * eigenvalue besides 1 and 0, e.g. M of rank 2): then reflections and eigen agree to rounding.
 */
import { matrix } from "../../../src/core/linalg/matrix";
import { symmetricEigen } from "../../../src/core/linalg/symmetricEigen";

export interface ReflectionsSpectrum {
  /** Bound on max_c |ECI_c − mean PCI over c's products| (growthlab scale, population sd). */
  readonly invariantBound: number;
  /** ‖Σ_{j≥3} β_j K_j‖_D / |β_2|: how far K is from the second eigenvector. */
  readonly epsilon: number;
  /** λ₂ and λ₃ of M̃. */
  readonly second: number;
  readonly third: number;
}

/** The spectrum-based bound for a 0/1 presence matrix without empty rows or columns; `iterations` even. */
export function reflectionsSpectrum(m: readonly (readonly number[])[], iterations = 20): ReflectionsSpectrum {
  const rows = m.length;
  const cols = m[0]!.length;
  const kc = m.map((r) => r.reduce((s, v) => s + v, 0));
  const kp = Array.from({ length: cols }, (_, j) => m.reduce((s, r) => s + r[j]!, 0));
  const s = matrix(rows, rows);
  for (let a = 0; a < rows; a++)
    for (let b = 0; b < rows; b++) {
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += (m[a]![j]! * m[b]![j]!) / kp[j]!;
      s.data[a * rows + b] = sum / Math.sqrt(kc[a]! * kc[b]!);
    }
  const { values, vectors } = symmetricEigen(s);
  const total = kc.reduce((x, y) => x + y, 0);
  const a = kc.reduce((x, k) => x + k * k, 0) / total;
  const n = (iterations - 2) / 2;
  const beta: number[] = [];
  for (let j = 1; j < rows; j++) {
    let c = 0;
    for (let i = 0; i < rows; i++) c += vectors.data[i * rows + j]! * Math.sqrt(kc[i]!) * (kc[i]! - a);
    beta.push(c * values[j]! ** n);
  }
  const lambda = values.slice(1);
  const squares = beta.reduce((x, b) => x + b * b, 0);
  const rayleigh = beta.reduce((x, b, j) => x + lambda[j]! * b * b, 0) / squares;
  const residual = Math.sqrt(beta.reduce((x, b, j) => x + b * b * (lambda[j]! / rayleigh - 1) ** 2, 0));
  // K = a + Σ β_j D^{-1/2} u_j, for its population sd.
  const k = kc.map(
    (_, i) => a + beta.reduce((x, b, j) => x + (b * vectors.data[i * rows + j + 1]!) / Math.sqrt(kc[i]!), 0),
  );
  const mean = k.reduce((x, y) => x + y, 0) / rows;
  const sd = Math.sqrt(k.reduce((x, y) => x + (y - mean) ** 2, 0) / rows);
  return {
    invariantBound: residual / (Math.sqrt(Math.min(...kc)) * sd),
    epsilon: Math.sqrt(squares - beta[0]! ** 2) / Math.abs(beta[0]!),
    second: values[1]!,
    third: values[2] ?? 0,
  };
}
