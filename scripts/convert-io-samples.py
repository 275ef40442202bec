#!/usr/bin/env python3
"""Writes the bundled input-output samples (assets/samples/io/) in the project's clean CSV layout.

Usage: python3 scripts/convert-io-samples.py SHARED_DATA_IO_DIR assets/samples/io

Inputs: br_ibge_2015_12s/ (IBGE 2015, 12 sectors) and uk_ons_2010_127p/ (ONS 2010, 127 products), as
described in their READMEs. Numbers are copied as text, digit for digit; nothing is rounded or recomputed.
Checks: Z row sums + final demand = output, and Z column sums + primary inputs = output (printed).
"""
import csv
import os
import sys

SRC, OUT = sys.argv[1], sys.argv[2]

BR_SPANISH = [
    "Agropecuaria",
    "Industrias extractivas",
    "Industrias manufactureras",
    "Electricidad, gas, agua, alcantarillado y gestión de desechos",
    "Construcción",
    "Comercio",
    "Transporte, almacenamiento y correo",
    "Información y comunicaciones",
    "Actividades financieras, de seguros y servicios conexos",
    "Actividades inmobiliarias",
    "Otras actividades de servicios",
    "Administración pública, defensa, salud y educación públicas y seguridad social",
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.reader(fh))


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def num(v):
    return float(v) if v not in ("", None) else 0.0


def check(name, z, fd_total, primary, x, signs=None):
    n = len(x)
    signs = signs or [1] * len(primary)
    rows = max(abs(sum(num(v) for v in z[i]) + num(fd_total[i]) - num(x[i])) for i in range(n))
    cols = max(abs(sum(num(z[i][j]) for i in range(n)) + sum(s * num(p[j]) for s, p in zip(signs, primary)) - num(x[j])) for j in range(n))
    print(f"{name}: n = {n}, max |Z1 + f - x| = {rows:.3g}, max |1'Z + primary - x| = {cols:.3g}")


def brazil():
    src = os.path.join(SRC, "br_ibge_2015_12s")
    out = os.path.join(OUT, "br_ibge_2015_12s")
    os.makedirs(out, exist_ok=True)
    sectors = read(os.path.join(src, "br_ibge_2015_12s_sectors.csv"))[1:]
    table = read(os.path.join(src, "br_ibge_2015_12s_iot.csv"))
    hdr = table[0]
    body = {r[0]: r for r in table[1:]}
    ids = [s[0] for s in sectors]
    col = {c: k for k, c in enumerate(hdr)}
    z = [[body[i][col[j]] for j in ids] for i in ids]
    fd_cats = ["household_consumption", "government_consumption", "npish_consumption",
               "gross_fixed_capital_formation", "changes_in_inventories", "exports"]
    primary_rows = ["imports", "taxes_on_domestic_products", "taxes_on_imported_products", "adjustment",
                    "compensation_of_employees", "gross_operating_surplus_and_mixed_income",
                    "other_taxes_on_production", "other_subsidies_on_production"]
    x = [body["output"][col[j]] for j in ids]
    total_demand = [body[i][col["total_demand"]] for i in ids]
    assert all(abs(num(a) - num(b)) <= 1e-9 * num(a) for a, b in zip(x, total_demand)), "output row and total_demand column differ"
    write(os.path.join(out, "sectors.csv"), [["id", "code", "abbreviation", "label_en", "label_es", "label_pt", "output",
                                              "gross_value_added", "compensation_of_employees", "employment"]] +
          [[s[0], s[1], s[2], s[4], BR_SPANISH[k], s[3], x[k], body["gross_value_added"][col[s[0]]],
            body["compensation_of_employees"][col[s[0]]], body["employment_persons"][col[s[0]]]] for k, s in enumerate(sectors)])
    write(os.path.join(out, "transactions.csv"), [["id"] + ids] + [[i] + z[k] for k, i in enumerate(ids)])
    write(os.path.join(out, "final_demand.csv"), [["id"] + fd_cats] + [[i] + [body[i][col[c]] for c in fd_cats] for i in ids])
    primary = [[body[r][col[j]] for j in ids] for r in primary_rows]
    write(os.path.join(out, "primary_inputs.csv"), [["component"] + ids] + [[r] + p for r, p in zip(primary_rows, primary)])
    # IBGE's adjustment row is the amount by which Z + imports + taxes exceeds intermediate consumption: subtract it.
    check("br_ibge_2015_12s", z, [body[i][col["total_final_demand"]] for i in ids], primary, x, [1, 1, 1, -1, 1, 1, 1, 1])


def uk():
    src = os.path.join(SRC, "uk_ons_2010_127p")
    out = os.path.join(OUT, "uk_ons_2010_127p")
    os.makedirs(out, exist_ok=True)
    table = read(os.path.join(src, "uk_ons_2010_siot_domestic_bp.csv"))
    hdr = table[0]
    body = {r[0]: r for r in table[1:]}
    col = {c: k for k, c in enumerate(hdr)}
    ids = [c for c in hdr[2:] if c in body]
    labels = {r[2]: r[3] for r in read(os.path.join(src, "uk_ons_2010_labels.csv"))[1:] if r[0].endswith("siot_domestic_bp.csv") and r[1] == "row"}
    z = [[body[i][col[j]] for j in ids] for i in ids]
    fd_cats = ["Households", "Non-profit instns serving households", "Central government", "Local government",
               "Gross fixed capital formation", "Valuables", "Changes in inventories", "Exports of goods", "Exports of services"]
    fd_names = ["household_consumption", "npish_consumption", "central_government_consumption",
                "local_government_consumption", "gross_fixed_capital_formation", "valuables", "changes_in_inventories",
                "exports_of_goods", "exports_of_services"]
    primary_rows = ["Imported goods and services", "Taxes less subsidies on products", "Taxes less subsidies on production",
                    "Compensation of employees", "Gross Operating Surplus"]
    primary_names = ["imports", "taxes_less_subsidies_on_products", "taxes_less_subsidies_on_production",
                     "compensation_of_employees", "gross_operating_surplus"]
    x = [body["Total output"][col[j]] for j in ids]
    gva = [repr(num(body["Compensation of employees"][col[j]]) + num(body["Gross Operating Surplus"][col[j]])
                + num(body["Taxes less subsidies on production"][col[j]])) for j in ids]
    write(os.path.join(out, "sectors.csv"), [["id", "label_en", "output", "gross_value_added", "compensation_of_employees"]] +
          [[j, labels[j], x[k], gva[k], body["Compensation of employees"][col[j]]] for k, j in enumerate(ids)])
    write(os.path.join(out, "transactions.csv"), [["id"] + ids] + [[i] + z[k] for k, i in enumerate(ids)])
    write(os.path.join(out, "final_demand.csv"), [["id"] + fd_names] + [[i] + [body[i][col[c]] for c in fd_cats] for i in ids])
    primary = [[body[r][col[j]] for j in ids] for r in primary_rows]
    write(os.path.join(out, "primary_inputs.csv"), [["component"] + ids] + [[r] + p for r, p in zip(primary_names, primary)])
    total_fd = [repr(sum(num(body[i][col[c]]) for c in fd_cats)) for i in ids]
    check("uk_ons_2010_127p", z, total_fd, primary, x)


brazil()
uk()
