# Warnings on and clean for our own targets; system headers (torch, Qt, OpenCV) stay quiet.
function(allcnn_target_defaults target)
  # -fPIC everywhere, executables included (it overrides their -fPIE): one precompiled torch
  # header, built for allcnn_core, then stays valid for the CLI, the UI and the tests.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Winvalid-pch -fPIC)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS)
  # GCC's -fsanitize=undefined leaves out the float checks: a double such as 1e300 converted to
  # an integer is undefined behaviour it would not report. No recovery: a finding fails the test.
  set(sanitizers address,undefined,float-cast-overflow,float-divide-by-zero)
  if(ALLCNN_BUILD_FUZZERS)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,${sanitizers}
      -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
    target_link_options(${target} PRIVATE -fsanitize=${sanitizers})
  elseif(ALLCNN_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${sanitizers} -fno-sanitize-recover=all
      -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=${sanitizers})
  endif()
endfunction()
