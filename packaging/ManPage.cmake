# Writes a man page by running a Segmenta program with its hidden man-page argument, then compresses it
# reproducibly (gzip -n: no name, no time stamp). In English, whatever the builder's locale.
#   cmake -DPROGRAM=bin/segmenta-cli -DARGUMENT=help-man -DOUTPUT=segmenta-cli.1 -P ManPage.cmake
set(ENV{LANGUAGE} "")
set(ENV{LC_ALL} "C.UTF-8")
execute_process(COMMAND ${PROGRAM} ${ARGUMENT} OUTPUT_FILE ${OUTPUT} COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND gzip -9nf ${OUTPUT} COMMAND_ERROR_IS_FATAL ANY)
