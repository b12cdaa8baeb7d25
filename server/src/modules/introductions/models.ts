export interface IntroductionPathModel {
  personIds: string[];
  strength: number;
  tieTypes: string[];
  viaUserId: string | null;
}
