# LibTorch straight from a Python PyTorch install (ALLCNN_PYTHON_TORCH_DIR: the folder of
# torch/__init__.py), without its CMake package. pip's CUDA wheels carry their CUDA libraries
# inside, but TorchConfig.cmake insists on finding a CUDA toolkit as well, which a GPU machine
# with only Python PyTorch lacks. The engine includes no CUDA header, so the headers and the
# libraries suffice: libtorch_cuda and libc10_cuda are linked in full (--no-as-needed), for
# their CUDA hooks register only when they are loaded.
set(ALLCNN_TORCH_CXX11_ABI "1" CACHE STRING
    "The C++11 ABI Python's torch was built with: python -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))'")
set(_torch_lib "${ALLCNN_PYTHON_TORCH_DIR}/lib")
foreach(_name torch torch_cpu c10)
  find_library(ALLCNN_TORCH_${_name} ${_name} PATHS ${_torch_lib} NO_DEFAULT_PATH REQUIRED)
endforeach()
find_library(ALLCNN_TORCH_torch_cuda torch_cuda PATHS ${_torch_lib} NO_DEFAULT_PATH)
find_library(ALLCNN_TORCH_c10_cuda c10_cuda PATHS ${_torch_lib} NO_DEFAULT_PATH)

add_library(allcnn_python_torch INTERFACE)
target_include_directories(allcnn_python_torch SYSTEM INTERFACE
  "${ALLCNN_PYTHON_TORCH_DIR}/include"
  "${ALLCNN_PYTHON_TORCH_DIR}/include/torch/csrc/api/include")
target_compile_definitions(allcnn_python_torch INTERFACE
  _GLIBCXX_USE_CXX11_ABI=${ALLCNN_TORCH_CXX11_ABI})
if(ALLCNN_TORCH_torch_cuda AND ALLCNN_TORCH_c10_cuda)
  target_link_libraries(allcnn_python_torch INTERFACE
    "-Wl,--no-as-needed" ${ALLCNN_TORCH_torch_cuda} ${ALLCNN_TORCH_c10_cuda} "-Wl,--as-needed")
  set(TORCH_CUDA_LIBRARIES ${ALLCNN_TORCH_torch_cuda} ${ALLCNN_TORCH_c10_cuda})
endif()
find_package(Threads REQUIRED)
target_link_libraries(allcnn_python_torch INTERFACE
  ${ALLCNN_TORCH_torch} ${ALLCNN_TORCH_torch_cpu} ${ALLCNN_TORCH_c10} Threads::Threads)
set(TORCH_LIBRARIES allcnn_python_torch)
message(STATUS "LibTorch from ${ALLCNN_PYTHON_TORCH_DIR} (no CMake package; CUDA: "
               "${ALLCNN_TORCH_torch_cuda})")
