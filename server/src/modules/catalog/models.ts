export interface TherapeuticAreaModel {
  id: string;
  name: string;
  code: string | null;
}
