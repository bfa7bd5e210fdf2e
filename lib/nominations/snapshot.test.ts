import { describe, expect, it } from "vitest";
import { compareSnapshots, parseSnapshot, type DossierSnapshot } from "./snapshot";

const v1: DossierSnapshot = parseSnapshot({
  nomineeKind: "INDIVIDUAL",
  nomineeName: "Nguyễn Thị Hoa",
  birthYear: 1986,
  disciplined: false,
  achievementSummary: "<p>Một</p>",
  citation: "Tận tụy",
  unit: { id: "u1", name: "Sở Tư pháp" },
  awardTitle: { id: "t1", name: "Lao động tiên tiến" },
  selfAssessments: [{ criterionId: "c1", criterionName: "Tham mưu", text: "14 văn bản" }],
  priorRecognitions: [{ title: "Giấy khen", year: 2024, decisionRef: null }],
  files: [{ id: "f1", kind: "EVIDENCE", fileName: "bao-cao.pdf", sizeBytes: 10 }],
});

describe("comparing versions", () => {
  it("finds nothing to compare in the first version, and no change in an identical one", () => {
    expect(compareSnapshots(null, v1)).toEqual([]);
    expect(compareSnapshots(v1, structuredClone(v1))).toEqual([]);
  });

  it("names each changed field with its before and after", () => {
    const v2: DossierSnapshot = {
      ...v1,
      birthYear: 1987,
      disciplined: true,
      awardTitle: { id: "t2", name: "Chiến sĩ thi đua cơ sở" },
      selfAssessments: [
        { criterionId: "c1", criterionName: "Tham mưu", text: "15 văn bản" },
        { criterionId: "c2", criterionName: "Phục vụ", text: "98%" },
      ],
      priorRecognitions: [...v1.priorRecognitions, { title: "Lao động tiên tiến", year: 2025, decisionRef: "QĐ 7" }],
      files: [...v1.files, { id: "f2", kind: "EVIDENCE", fileName: "anh.png", sizeBytes: 5 }],
    };
    expect(compareSnapshots(v1, v2)).toEqual([
      { field: "birthYear", before: "1986", after: "1987" },
      { field: "disciplined", before: "false", after: "true" },
      { field: "awardTitle", before: "Lao động tiên tiến", after: "Chiến sĩ thi đua cơ sở" },
      { field: "selfAssessments.c1", label: "Tham mưu", before: "14 văn bản", after: "15 văn bản" },
      { field: "selfAssessments.c2", label: "Phục vụ", before: null, after: "98%" },
      {
        field: "priorRecognitions",
        before: "Giấy khen — 2024",
        after: "Giấy khen — 2024\nLao động tiên tiến — 2025 — QĐ 7",
      },
      { field: "files", before: "bao-cao.pdf", after: "bao-cao.pdf\nanh.png" },
    ]);
  });
});
