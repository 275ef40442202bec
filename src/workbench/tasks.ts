/**
 * Registers the workbench's file tasks with the compute worker: parsing an opened file into input tables
 * and writing the result sheets as an .xlsx (see fileGateway.ts), so neither blocks the page.
 */
import { registerTask } from "../worker/taskRegistry";
import { FILE_TASKS, readInputs, writeResults, type ReadInputsPayload, type WriteWorkbookPayload } from "./fileGateway";

registerTask(FILE_TASKS.readInputs, (payload) => {
  const { fileName, bytes } = payload as ReadInputsPayload;
  return readInputs(fileName, bytes);
});
registerTask(FILE_TASKS.writeWorkbook, (payload) => writeResults(payload as WriteWorkbookPayload));
